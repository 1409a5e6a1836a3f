#include "columnroledetector.h"

#include "cellview.h"
#include "dateparser.h"
#include "numberparser.h"

#include <QLocale>
#include <QSet>

#include <cmath>

#include <type_traits>
#include <unordered_set>

namespace prognos {

namespace {

bool isDateName(const QString &name)
{
    static const QStringList kNames = {
        QStringLiteral("ds"),     QStringLiteral("date"),      QStringLiteral("datum"),
        QStringLiteral("time"),   QStringLiteral("timestamp"), QStringLiteral("datetime"),
        QStringLiteral("day"),    QStringLiteral("month"),     QStringLiteral("week"),
        QStringLiteral("period"), QStringLiteral("fecha"),     QStringLiteral("data"),
        QStringLiteral("zeit"),   QStringLiteral("tag"),       QStringLiteral("jour"),
        QStringLiteral("year"),
    };
    const QString lower = name.trimmed().toLower();
    for (const QString &n : kNames) {
        if (lower == n || lower.startsWith(n + u' ') || lower.startsWith(n + u'_') ||
            lower.endsWith(u'_' + n) || lower.endsWith(u' ' + n))
            return true;
    }
    return false;
}

QString quoted(const CsvTable &table, int column)
{
    return u'\u201C' + table.displayName(column) + u'\u201D';
}

int findByName(const CsvTable &table, const QString &name)
{
    for (int c = 0; c < table.columnCount(); ++c) {
        if (table.columnNames().at(c) == name || table.displayName(c) == name)
            return c;
    }
    return -1;
}

/// Why a column cannot be ds, for the message that lists every column.
QString rejection(const CsvTable &table, const ColumnType &type, int column)
{
    QString example;
    for (int r = 0; r < table.rowCount() && example.isEmpty(); ++r) {
        if (!NumberParser::isMissingCell(table.cellView(r, column)))
            example = table.cellText(r, column).trimmed().left(40);
    }
    switch (type.kind) {
    case ColumnType::Kind::Empty:
        return ColumnRoleDetector::tr("%1: empty").arg(quoted(table, column));
    case ColumnType::Kind::Number:
        if (type.numericDate)
            return ColumnRoleDetector::tr("%1: numbers of the size of %2, but neither named nor "
                                          "ordered like dates (choose it as ds to use it)")
                .arg(quoted(table, column), DateParser::formatName(*type.numericDate));
        return ColumnRoleDetector::tr("%1: numbers (such as %2) too small or too large to be "
                                      "Excel or Unix dates")
            .arg(quoted(table, column), example);
    case ColumnType::Kind::Text:
        return ColumnRoleDetector::tr("%1: text in no known date format (such as \u201C%2\u201D)")
            .arg(quoted(table, column), example);
    case ColumnType::Kind::Date:
        break;
    }
    return {};
}

/// Whether the numbers of a column rise from row to row (as dates usually do), so that a
/// value column of the right magnitude is not taken for dates unless it is named like them.
bool strictlyIncreasing(const CsvTable &table, int column, QChar decimalMark)
{
    double previous = -INFINITY;
    for (int r = 0; r < table.rowCount(); ++r) {
        double value = 0.0;
        if (!NumberParser::parseCell(table.cellView(r, column), decimalMark, value) ||
            !(value > previous))
            return false;
        previous = value;
    }
    return table.rowCount() > 1;
}

/// Step 1a: a date column, preferring one named like a date; else numbers that fit dates.
int autoPickDs(const CsvTable &table, const QList<ColumnType> &types)
{
    const int n = table.columnCount();
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = 0; c < n; ++c) {
            if (types[c].kind == ColumnType::Kind::Date &&
                (pass == 1 || isDateName(table.columnNames()[c])))
                return c;
        }
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = 0; c < n; ++c) {
            if (types[c].kind == ColumnType::Kind::Number && types[c].numericDate &&
                (isDateName(table.columnNames()[c]) ||
                 (pass == 1 && strictlyIncreasing(table, c, types[c].decimalMark))))
                return c;
        }
    }
    return -1;
}

/// Step 1b: switches a numeric ds column to its date reading and says what it gives.
QString readNumbersAsDates(const CsvTable &table, int column, ColumnType &type)
{
    type.kind = ColumnType::Kind::Date;
    type.dateFormat = *type.numericDate;
    QStringList shown;
    for (const int r : {0, table.rowCount() - 1}) {
        ParsedDate date;
        const bool ok = DateParser::parseCell(table.cellView(r, column), type.dateFormat, date) ==
                        DateParser::Error::None;
        shown.append(ok ? QString::fromStdString(formatTimestamp(date.wallClock))
                        : ColumnRoleDetector::tr("unreadable"));
    }
    return ColumnRoleDetector::tr("%1 holds numbers of the size of %2; read that way the first "
                                  "row is %3 and the last is %4. Please confirm.")
        .arg(quoted(table, column), DateParser::formatName(type.dateFormat), shown[0], shown[1]);
}

/// Step 1: the ds column, or an error that says why there is none.
void pickDs(const CsvTable &table, QList<ColumnType> &types, const RoleChoice &choice,
            ColumnRoles &roles)
{
    roles.ds = choice.ds.isEmpty() ? autoPickDs(table, types) : findByName(table, choice.ds);
    if (roles.ds < 0) {
        // At most kListed reasons, then how many columns were left out (never "1 more").
        constexpr int kListed = 10;
        const int columns = table.columnCount();
        const int listed = columns > kListed + 1 ? kListed : columns;
        QStringList reasons;
        for (int c = 0; c < listed; ++c)
            reasons.append(rejection(table, types[c], c));
        if (listed < columns)
            reasons.append(ColumnRoleDetector::tr("and %1 more columns").arg(columns - listed));
        roles.error =
            choice.ds.isEmpty()
                ? ColumnRoleDetector::tr("No column looks like dates. %1.")
                      .arg(reasons.join(QStringLiteral("; ")))
                : ColumnRoleDetector::tr("There is no column named \u201C%1\u201D.").arg(choice.ds);
        return;
    }
    ColumnType &type = types[roles.ds];
    if (type.kind == ColumnType::Kind::Number && type.numericDate) {
        roles.dsReason = readNumbersAsDates(table, roles.ds, type);
    } else if (type.kind != ColumnType::Kind::Date) {
        roles.error = ColumnRoleDetector::tr("%1 does not hold dates in a known format; choose "
                                             "a date format for it.")
                          .arg(quoted(table, roles.ds));
        roles.ds = -1;
    } else {
        roles.dsReason = choice.ds.isEmpty() ? ColumnRoleDetector::tr("%1 holds dates (%2)")
                                                   .arg(quoted(table, roles.ds),
                                                        DateParser::formatName(type.dateFormat))
                                             : ColumnRoleDetector::tr("chosen by you");
    }
}

bool isIndexName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    return lower.isEmpty() || lower == u"index" || lower == u"id" || lower == u"row" ||
           lower.startsWith(u"unnamed");
}

/// Step 2: cap, floor, y and the regressor candidates.
void pickValues(const CsvTable &table, const QList<ColumnType> &types, const RoleChoice &choice,
                ColumnRoles &roles)
{
    const int n = table.columnCount();
    const auto numeric = [&](int c) { return c >= 0 && types[c].kind == ColumnType::Kind::Number; };
    roles.cap = !choice.cap.isEmpty() ? findByName(table, choice.cap) : -1;
    roles.floor = !choice.floor.isEmpty() ? findByName(table, choice.floor) : -1;
    for (int c = 0; c < n; ++c) {
        const QString lower = table.columnNames()[c].trimmed().toLower();
        if (choice.cap.isEmpty() && lower == u"cap" && numeric(c))
            roles.cap = c;
        if (choice.floor.isEmpty() && lower == u"floor" && numeric(c))
            roles.floor = c;
    }
    QString skipped;
    int skippedColumn = -1;
    if (!choice.y.isEmpty()) {
        roles.y = findByName(table, choice.y);
        roles.yReason = ColumnRoleDetector::tr("chosen by you");
    } else {
        for (int c = 0; c < n && roles.y < 0; ++c) {
            if (numeric(c) && c != roles.ds && table.columnNames()[c].trimmed() == u"y")
                roles.y = c;
        }
        for (int c = 0; c < n && roles.y < 0; ++c) {
            if (!numeric(c) || c == roles.ds || c == roles.cap || c == roles.floor)
                continue;
            if (types[c].indexLike && (isIndexName(table.columnNames()[c]) || c == 0)) {
                skipped = ColumnRoleDetector::tr(" %1 was skipped: it only counts the rows.")
                              .arg(quoted(table, c));
                skippedColumn = c;
                continue;
            }
            roles.y = c;
        }
        if (roles.y >= 0 && skippedColumn >= 0)
            roles.yReason = ColumnRoleDetector::tr("%1 is the first numeric column (%2 was "
                                                   "skipped: it only counts the rows)")
                                .arg(quoted(table, roles.y), quoted(table, skippedColumn));
        else if (roles.y >= 0)
            roles.yReason = ColumnRoleDetector::tr("%1 is the first numeric column")
                                .arg(quoted(table, roles.y));
    }
    if (roles.y < 0 && roles.error.isEmpty())
        roles.error =
            choice.y.isEmpty()
                ? ColumnRoleDetector::tr("No numeric column can be the value (y).%1").arg(skipped)
                : ColumnRoleDetector::tr("There is no column named \u201C%1\u201D.").arg(choice.y);
    if (roles.y >= 0 && !numeric(roles.y) && roles.error.isEmpty())
        roles.error = ColumnRoleDetector::tr("%1 does not hold numbers, so it cannot be the value "
                                             "(y).")
                          .arg(quoted(table, roles.y));
    for (int c = 0; c < n; ++c) {
        const bool used = c == roles.ds || c == roles.y || c == roles.cap || c == roles.floor;
        if (!used && numeric(c) && !types[c].indexLike)
            roles.regressorCandidates.append(c);
        if (!used && choice.regressors.contains(table.displayName(c)))
            roles.regressors.append(c);
    }
}

/// A hash of a cell's characters that is the same whether the cell is held as Latin-1 or as
/// UTF-16, so that views of both kinds can share a set.
struct CellHash
{
    std::size_t operator()(QAnyStringView cell) const
    {
        const auto hash = [](auto view) {
            std::size_t h = 14695981039346656037u; // FNV-1a over the UTF-16 code units
            for (const auto c : view)
                h = (h ^ QChar(c).unicode()) * 1099511628211u;
            return h;
        };
        return cell.visit([&](auto view) {
            if constexpr (std::is_same_v<decltype(view), QUtf8StringView>)
                return hash(QStringView(view.toString()));
            else
                return hash(view);
        });
    }
};

struct CellEqual
{
    bool operator()(QAnyStringView a, QAnyStringView b) const
    {
        return QAnyStringView::equal(a, b);
    }
};

/// Distinct trimmed cells, as views into the table (which then needs no UTF-16 copy).
using CellSet = std::unordered_set<QAnyStringView, CellHash, CellEqual>;

QAnyStringView trimmedCell(const CsvTable &table, int row, int column)
{
    return trimmedView(table.cellView(row, column));
}

/// Step 3: group candidates and long format.
void pickGroup(const CsvTable &table, const QList<ColumnType> &types, const RoleChoice &choice,
               ColumnRoles &roles)
{
    const int rows = table.rowCount();
    for (int c = 0; c < table.columnCount(); ++c) {
        if (c == roles.ds || types[c].kind != ColumnType::Kind::Text)
            continue;
        CellSet distinct;
        for (int r = 0; r < rows && distinct.size() <= 100; ++r)
            distinct.insert(trimmedCell(table, r, c));
        if (distinct.size() <= 100 && (distinct.size() < std::size_t(rows) || rows < 4))
            roles.groupCandidates.append(c);
    }
    if (!choice.group.isEmpty()) {
        roles.group = findByName(table, choice.group);
        roles.groupReason = ColumnRoleDetector::tr("chosen by you");
    }
    if (roles.ds < 0 || roles.groupCandidates.isEmpty())
        return;
    CellSet dates;
    for (int r = 0; r < rows; ++r)
        dates.insert(trimmedCell(table, r, roles.ds));
    if (dates.size() == std::size_t(rows))
        return;
    for (const int c : std::as_const(roles.groupCandidates)) {
        QSet<QString> pairs;
        for (int r = 0; r < rows; ++r)
            pairs.insert(trimmedCell(table, r, roles.ds).toString() + QChar(0) +
                         trimmedCell(table, r, c).toString());
        if (pairs.size() == rows && roles.group < 0) {
            roles.group = c;
            roles.groupReason = ColumnRoleDetector::tr("several rows share a date and %1 tells "
                                                       "them apart (long format)")
                                    .arg(quoted(table, c));
        }
        roles.longFormat = roles.longFormat || (pairs.size() == rows && c == roles.group);
    }
}

} // namespace

ColumnRoles ColumnRoleDetector::detect(const CsvTable &table, QList<ColumnType> &types,
                                       const RoleChoice &choice)
{
    ColumnRoles roles;
    pickDs(table, types, choice, roles);
    pickValues(table, types, choice, roles);
    pickGroup(table, types, choice, roles);
    return roles;
}

} // namespace prognos
