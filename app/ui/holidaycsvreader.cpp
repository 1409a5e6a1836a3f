#include "holidaycsvreader.h"

#include "data/csvreader.h"
#include "data/numberparser.h"
#include "engine/timestamp.h"

#include <cmath>
#include <tuple>

namespace prognos {

namespace {

/// Where a cell is, for the messages: "row 3 (line 4), column ds".
QString place(const CsvTable &table, int row, const QString &column)
{
    return HolidayCsvReader::tr("Row %1 (line %2), column %3")
        .arg(row + 1)
        .arg(table.lineOfRow(row))
        .arg(column);
}

bool readWhole(const QString &text, int &value)
{
    double number = 0;
    if (text.isEmpty()) {
        value = 0;
        return true;
    }
    if (!NumberParser::parse(text, QLatin1Char('.'), number) || number != std::trunc(number) ||
        std::abs(number) > 10000)
        return false;
    value = int(number);
    return true;
}

} // namespace

bool HolidayCsvReader::read(const QByteArray &bytes, std::vector<HolidayEvent> &holidays,
                            QString &error)
{
    holidays.clear();
    CsvOptions options;
    options.header = CsvOptions::Header::Present;
    const CsvReadResult csv = CsvReader::read(bytes, options);
    if (!csv.ok) {
        error = csv.error;
        return false;
    }
    const CsvTable &table = csv.table;
    const int name = table.columnIndex(QStringLiteral("holiday"));
    const int ds = table.columnIndex(QStringLiteral("ds"));
    if (name < 0 || ds < 0) {
        error = tr("The file needs the columns \"holiday\" and \"ds\"; it has: %1.")
                    .arg(table.columnNames().join(QStringLiteral(", ")));
        return false;
    }
    const int lower = table.columnIndex(QStringLiteral("lower_window"));
    const int upper = table.columnIndex(QStringLiteral("upper_window"));
    const int scale = table.columnIndex(QStringLiteral("prior_scale"));
    const auto cell = [&](int row, int column) {
        return column < 0 ? QString() : table.cellText(row, column).trimmed();
    };

    std::vector<HolidayEvent> read;
    for (int r = 0; r < table.rowCount(); ++r) {
        HolidayEvent event;
        event.name = cell(r, name).toStdString();
        if (event.name.empty()) {
            error =
                tr("%1: the holiday has no name.").arg(place(table, r, QStringLiteral("holiday")));
            return false;
        }
        const QString dateText = cell(r, ds);
        const auto date = parseIsoTimestamp(dateText.toStdString());
        if (!date) {
            error = tr("%1: \"%2\" is not a date such as 2024-12-25.")
                        .arg(place(table, r, QStringLiteral("ds")), dateText);
            return false;
        }
        event.day = dayNumber(*date);
        for (const auto &[column, key, target] :
             {std::tuple{lower, QStringLiteral("lower_window"), &event.lowerWindow},
              std::tuple{upper, QStringLiteral("upper_window"), &event.upperWindow}}) {
            if (!readWhole(cell(r, column), *target)) {
                error = tr("%1: \"%2\" is not a whole number of days.")
                            .arg(place(table, r, key), cell(r, column));
                return false;
            }
        }
        const QString scaleText = cell(r, scale);
        if (!scaleText.isEmpty()) {
            double value = 0;
            if (!NumberParser::parse(scaleText, QLatin1Char('.'), value) || !(value > 0) ||
                !std::isfinite(value)) {
                error = tr("%1: \"%2\" is not a prior scale above 0.")
                            .arg(place(table, r, QStringLiteral("prior_scale")), scaleText);
                return false;
            }
            event.priorScale = value;
        }
        read.push_back(std::move(event));
    }
    holidays = std::move(read);
    return true;
}

} // namespace prognos
