#pragma once

// Colours that carry meaning (review status, speakers, dates, notes,
// warnings, boilerplate), chosen for the palette they are drawn on so that
// they stay readable in a light and in a dark one. Without a palette: the
// application's.

#include <QColor>
#include <QPalette>

#include "core/domain/analysis.h"

namespace claimdesk::ui {

// A dark palette: text lighter than its background.
bool isDark(const QPalette& palette);

// One background per review status, shared by the table and the viewers.
QColor statusColor(ClaimStatus status, const QPalette& palette);
QColor statusColor(ClaimStatus status);
// Foregrounds for speaker mentions, dates, notes and warnings.
QColor speakerColor(const QPalette& palette);
QColor dateColor(const QPalette& palette);
QColor noteColor(const QPalette& palette);
QColor warningColor(const QPalette& palette);
QColor warningColor();
// Text outside the article body: the text colour faded toward the base.
QColor dimmedTextColor(const QPalette& palette);
// A banner's background (a disagreement's reason) and its text.
QColor bannerColor(const QPalette& palette);
// The n-th of a few distinct backgrounds linking the members of a cluster.
QColor linkColor(int n, const QPalette& palette);

}  // namespace claimdesk::ui
