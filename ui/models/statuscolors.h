#pragma once

// Colours that carry meaning (review status, speakers, dates, notes,
// warnings, boilerplate), chosen for the palette they are drawn on so that
// they stay readable in a light and in a dark one. Each takes the palette
// of what it is drawn on: a widget's own, or paperPalette() for what is
// printed or exported, never the application's (which the theme changes
// on the UI thread while an export may be painting on another).

#include <optional>

#include <QColor>
#include <QPalette>

#include "core/domain/analysis.h"

namespace claimdesk::ui {

// A dark palette: text lighter than its background.
bool isDark(const QPalette& palette);
// Black on white, whatever the theme: reports and exported images are read
// on paper. Built without the application's palette, so any thread may call it.
QPalette paperPalette();

// One background per review status (whether the attribution is checked),
// shared by the table and the viewers: none of them reads as "true".
QColor statusColor(ClaimStatus status, const QPalette& palette);
// A verdict's background by the rating its label gives: green from 4
// (true), amber at 3, red at 2 and below, a quiet grey for a label that
// rates nothing ("unverified"). Only an assessment is ever green.
QColor verdictColor(std::optional<int> rating, const QPalette& palette);
// Foregrounds for speaker mentions, dates, notes and warnings.
QColor speakerColor(const QPalette& palette);
QColor dateColor(const QPalette& palette);
QColor noteColor(const QPalette& palette);
QColor warningColor(const QPalette& palette);
// Text outside the article body: the text colour faded toward the base.
QColor dimmedTextColor(const QPalette& palette);
// A banner's background (a disagreement's reason) and its text.
QColor bannerColor(const QPalette& palette);
// The n-th of a few distinct backgrounds linking the members of a cluster.
QColor linkColor(int n, const QPalette& palette);

}  // namespace claimdesk::ui
