#pragma once

// Claims as CSV for spreadsheets: RFC 4180 (CRLF after every record, a
// field quoted when it holds a comma, a quote, CR or LF, quotes doubled),
// UTF-8, one header row, one row per claim.
//
// Spreadsheets run a cell that starts with = + - @ (and TAB or CR) as a
// formula, so text taken from articles could run code on the analyst's
// machine ("CSV injection"). Following OWASP, such a text cell is written
// with a leading single quote, which spreadsheets show as text. A cell that
// is nothing but a number ("-12", "+3.5") is left as it is: it cannot run
// anything and stays a number.

#include <string>
#include <string_view>

#include "core/export/projectexport.h"

namespace claimdesk::exporting {

struct CsvOptions {
    bool byteOrderMark = false;  // start with U+FEFF so Excel reads UTF-8
};

// A text cell made safe to open in a spreadsheet (see above).
std::string neutraliseFormula(std::string_view cell);
// One field as RFC 4180 writes it: quoted when needed, quotes doubled.
std::string csvField(std::string_view cell);

// The column names, in order.
const std::vector<std::string>& claimsCsvColumns();

std::string writeClaimsCsv(const ProjectExport& project, const CsvOptions& options = {});

}  // namespace claimdesk::exporting
