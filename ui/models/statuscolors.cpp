#include "ui/models/statuscolors.h"

namespace claimdesk::ui {
namespace {

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

}  // namespace

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QPalette paperPalette() {
    // QPalette() would copy the application's palette; this constructor
    // does not read it.
    const QColor white(Qt::white), black(Qt::black);
    const QColor light(0xf4, 0xf5, 0xf7), mid(0xb8, 0xc2, 0xcf), dark(0x6a, 0x71, 0x7a);
    return QPalette(black, light, white, dark, mid, black, white, white, white);
}

QColor statusColor(ClaimStatus status, const QPalette& palette) {
    // Light tints under dark text; deep shades under light text.
    const bool dark = isDark(palette);
    switch (status) {
    // An attribution checked correct is a neutral slate, never the green of
    // "true": review says who said it, not whether it is so. A wrong one
    // is a grey the viewers also strike through.
    case ClaimStatus::Confirmed: return dark ? QColor(0x3a, 0x48, 0x57) : QColor(0xdc, 0xe3, 0xea);
    case ClaimStatus::Rejected: return dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xe0, 0xe0, 0xe0);
    case ClaimStatus::Extracted: break;
    }
    return dark ? QColor(0x5c, 0x4d, 0x1c) : QColor(0xff, 0xef, 0xb0);
}

QColor verdictColor(std::optional<int> rating, const QPalette& palette) {
    const bool dark = isDark(palette);
    if (!rating)
        return dark ? QColor(0x45, 0x45, 0x5a) : QColor(0xe4, 0xe4, 0xf0);
    if (*rating >= 4)
        return dark ? QColor(0x2b, 0x5a, 0x30) : QColor(0xc6, 0xeb, 0xc5);
    if (*rating == 3)
        return dark ? QColor(0x6b, 0x4a, 0x14) : QColor(0xff, 0xd8, 0xa8);
    return dark ? QColor(0x6e, 0x2c, 0x2a) : QColor(0xf4, 0xc7, 0xc3);
}

QColor speakerColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x7c, 0xb4, 0xff) : QColor(0x1f, 0x5f, 0xbf);
}

QColor dateColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xd0, 0x9c, 0xf0) : QColor(0x8a, 0x3f, 0xa8);
}

QColor noteColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0xb3, 0x47) : QColor(0xe0, 0x8a, 0x00);
}

QColor warningColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
}

QColor dimmedTextColor(const QPalette& palette) {
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor bannerColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x5a, 0x3a, 0x14) : QColor(0xff, 0xe4, 0xb5);
}

QColor linkColor(int n, const QPalette& palette) {
    static const QColor light[] = {QColor(0xbf, 0xdb, 0xfe), QColor(0xf5, 0xd0, 0xfe), QColor(0xa7, 0xf3, 0xd0),
                                   QColor(0xfe, 0xd7, 0xaa)};
    static const QColor dark[] = {QColor(0x1e, 0x40, 0x7a), QColor(0x5b, 0x25, 0x6e), QColor(0x11, 0x5e, 0x45),
                                  QColor(0x6b, 0x40, 0x12)};
    const int i = ((n % 4) + 4) % 4;
    return isDark(palette) ? dark[i] : light[i];
}

}  // namespace claimdesk::ui
