#pragma once

#include <QAnyStringView>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <type_traits>

// Small helpers for the cells of a CsvTable, which are UTF-16 or (in an ASCII file) Latin-1.

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

/// The same for the Latin-1 cells of an ASCII file.
inline QLatin1StringView trimmedView(QLatin1StringView text)
{
    const auto printable = [](QLatin1Char c) { return c.unicode() > u' ' && c.unicode() < 0x7F; };
    if (!text.isEmpty() && printable(text.front()) && printable(text.back()))
        return text;
    return text.trimmed();
}

/// Whether `text` is empty or only white space.
inline bool isBlank(QStringView text)
{
    return trimmedView(text).isEmpty();
}

inline bool isBlank(QLatin1StringView text)
{
    return trimmedView(text).isEmpty();
}

inline bool isBlank(QAnyStringView text)
{
    return text.visit([](auto view) {
        if constexpr (std::is_same_v<decltype(view), QUtf8StringView>)
            return view.toString().trimmed().isEmpty();
        else
            return trimmedView(view).isEmpty();
    });
}

/// `text` without surrounding white space, in the same kind of view. CsvTable makes no UTF-8
/// views; one is returned as it is.
inline QAnyStringView trimmedView(QAnyStringView text)
{
    return text.visit([](auto view) -> QAnyStringView {
        if constexpr (std::is_same_v<decltype(view), QUtf8StringView>)
            return view;
        else
            return trimmedView(view);
    });
}

/// Calls `read` with `text` as a QStringView: a short Latin-1 cell is widened on the stack,
/// anything else is copied into a QString first.
template <typename Read>
auto withUtf16(QAnyStringView text, Read read)
{
    constexpr qsizetype kShort = 64;
    return text.visit([&](auto view) {
        if constexpr (std::is_same_v<decltype(view), QStringView>) {
            return read(view);
        } else if constexpr (std::is_same_v<decltype(view), QLatin1StringView>) {
            if (view.size() <= kShort) {
                char16_t wide[kShort];
                for (qsizetype i = 0; i < view.size(); ++i)
                    wide[i] = static_cast<unsigned char>(view.data()[i]);
                return read(QStringView(wide, view.size()));
            }
            const QString copy = view.toString();
            return read(QStringView(copy));
        } else {
            const QString copy = view.toString();
            return read(QStringView(copy));
        }
    });
}

} // namespace prognos
