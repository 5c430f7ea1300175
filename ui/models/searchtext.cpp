#include "ui/models/searchtext.h"

#include <QRegularExpression>

#include "core/store/projectstore.h"

namespace claimdesk::ui {

QString snippetHtml(const std::string& markedSnippet) {
    QString html;
    const QString text = QString::fromStdString(markedSnippet).simplified();
    QString run;
    auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(store::SearchHit::kMatchStart)) {
            flush();
            html += QStringLiteral("<b>");
        } else if (c == QLatin1Char(store::SearchHit::kMatchEnd)) {
            flush();
            html += QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

QStringList searchTerms(const QString& query) {
    QStringList terms;
    static const QRegularExpression token(QStringLiteral(R"re("([^"]*)"|([^\s()"]+))re"));
    for (auto it = token.globalMatch(query); it.hasNext();) {
        const auto m = it.next();
        QString term = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        if (m.captured(1).isNull()) {
            if (term == QLatin1String("AND") || term == QLatin1String("OR") || term == QLatin1String("NOT") ||
                term.startsWith(QLatin1String("NEAR")))
                continue;
            const int colon = term.indexOf(QLatin1Char(':'));
            if (colon >= 0)
                term = term.mid(colon + 1);
            while (term.endsWith(QLatin1Char('*')) || term.startsWith(QLatin1Char('^')) || term.startsWith(QLatin1Char('-')))
                term = term.endsWith(QLatin1Char('*')) ? term.chopped(1) : term.mid(1);
        }
        term = term.simplified();
        if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive))
            terms << term;
    }
    return terms;
}

}  // namespace claimdesk::ui
