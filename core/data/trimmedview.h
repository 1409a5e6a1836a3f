#pragma once

#include <QStringView>

namespace prognos {

/// `text` without surrounding white space, as QStringView::trimmed() gives it, but without its
/// cost for the usual cell that starts and ends with a printable ASCII character.
inline QStringView trimmedView(QStringView text)
{
    const auto printable = [](QChar c) { return c.unicode() > u' ' && c.unicode() < 0x7F; };
    if (!text.isEmpty() && printable(text.front()) && printable(text.back()))
        return text;
    return text.trimmed();
}

} // namespace prognos
