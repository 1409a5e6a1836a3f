#include "holidaytablemodel.h"

#include "engine/timestamp.h"

#include <algorithm>
#include <functional>

namespace prognos {

HolidayTableModel::HolidayTableModel(QObject *parent)
    : SpecTableModel(parent)
{}

void HolidayTableModel::setHolidays(std::vector<HolidayEvent> holidays)
{
    beginResetModel();
    m_rows = std::move(holidays);
    endResetModel();
}

void HolidayTableModel::appendHoliday(const QString &name, std::int64_t day)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    HolidayEvent event;
    event.name = name.toStdString();
    event.day = day;
    m_rows.push_back(event);
    endInsertRows();
    emit edited();
}

void HolidayTableModel::removeHolidays(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        emit edited();
}

QVariant HolidayTableModel::cell(int row, int column) const
{
    const HolidayEvent &h = m_rows[std::size_t(row)];
    switch (column) {
    case Name:
        return QString::fromStdString(h.name);
    case Date:
        return QString::fromStdString(formatTimestamp(h.day * kMsPerDay));
    case LowerWindow:
        return h.lowerWindow;
    case UpperWindow:
        return h.upperWindow;
    case PriorScale:
        return h.priorScale ? QVariant(*h.priorScale) : QVariant(QString());
    default:
        return {};
    }
}

bool HolidayTableModel::setCell(int row, int column, const QString &text)
{
    HolidayEvent &h = m_rows[std::size_t(row)];
    bool ok = true;
    switch (column) {
    case Name:
        h.name = text.toStdString();
        break;
    case Date: {
        const auto date = parseIsoTimestamp(text.toStdString());
        ok = date.has_value();
        if (ok)
            h.day = dayNumber(*date);
        break;
    }
    case LowerWindow:
        h.lowerWindow = text.toInt(&ok);
        break;
    case UpperWindow:
        h.upperWindow = text.toInt(&ok);
        break;
    case PriorScale:
        if (text.isEmpty())
            h.priorScale.reset();
        else
            h.priorScale = text.toDouble(&ok);
        break;
    default:
        return false;
    }
    return ok;
}

QVariant HolidayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return QStringLiteral("holiday");
        case Date:
            return QStringLiteral("ds");
        case LowerWindow:
            return QStringLiteral("lower_window");
        case UpperWindow:
            return QStringLiteral("upper_window");
        case PriorScale:
            return QStringLiteral("prior_scale");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("The holiday's name: every row with this name shares one effect.");
        case Date:
            return tr("A date of the holiday (YYYY-MM-DD). List past and future dates so "
                      "that the effect is learned and forecast.");
        case LowerWindow:
            return tr("Days before the date that the holiday also affects (0 or less, e.g. "
                      "-1 for the eve).");
        case UpperWindow:
            return tr("Days after the date that the holiday also affects (0 or more).");
        case PriorScale:
            return tr("How strong this holiday's effect may be; empty uses Holiday strength.");
        }
    }
    return {};
}

void HolidayTableModel::insertNewRow(int row)
{
    m_rows.insert(m_rows.begin() + row, HolidayEvent{});
}

void HolidayTableModel::eraseRows(int row, int count)
{
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
}

} // namespace prognos
