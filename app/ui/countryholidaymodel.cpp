#include "countryholidaymodel.h"

#include "holidays/holidaycalendar.h"

#include <algorithm>

namespace prognos {

namespace {

QString dateText(std::int64_t day)
{
    return QString::fromStdString(formatTimestamp(day * kMsPerDay));
}

} // namespace

CountryHolidayModel::CountryHolidayModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool CountryHolidayModel::isDefault(const CountryHolidayOverride &setting)
{
    return setting.enabled && setting.lowerWindow == 0 && setting.upperWindow == 0 &&
           !setting.priorScale;
}

void CountryHolidayModel::setCountry(const std::string &country, Timestamp first, Timestamp last,
                                     const std::vector<CountryHolidayOverride> &overrides)
{
    beginResetModel();
    m_rows.clear();
    m_outside.clear();
    const int firstYear = CivilTime::fromTimestamp(first).year;
    const int lastYear = CivilTime::fromTimestamp(last).year;
    if (!country.empty() && first <= last) {
        for (const HolidayEvent &event : HolidayCalendar::holidays(country, firstYear, lastYear)) {
            if (event.day < dayNumber(first) || event.day > dayNumber(last))
                continue;
            auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                    [&](const Row &r) { return r.setting.name == event.name; });
            if (row == m_rows.end()) {
                m_rows.push_back({});
                row = m_rows.end() - 1;
                row->setting.name = event.name;
            }
            row->days.push_back(event.day);
        }
    }
    for (const CountryHolidayOverride &o : overrides) {
        auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                [&](const Row &r) { return r.setting.name == o.name; });
        if (row == m_rows.end())
            m_outside.push_back(o);
        else
            row->setting = o;
    }
    endResetModel();
}

std::vector<CountryHolidayOverride> CountryHolidayModel::overrides() const
{
    std::vector<CountryHolidayOverride> result;
    for (const Row &row : m_rows) {
        if (!isDefault(row.setting))
            result.push_back(row.setting);
    }
    result.insert(result.end(), m_outside.begin(), m_outside.end());
    return result;
}

QStringList CountryHolidayModel::names() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(QString::fromStdString(row.setting.name));
    return names;
}

int CountryHolidayModel::rowOf(const QString &name) const
{
    return int(names().indexOf(name));
}

int CountryHolidayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountryHolidayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryHolidayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const CountryHolidayOverride &s = row.setting;
    if (index.column() == Enabled && role == Qt::CheckStateRole)
        return s.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Dates) {
        QStringList dates;
        for (std::int64_t day : row.days)
            dates.append(dateText(day));
        return dates.join(QStringLiteral(", "));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString::fromStdString(s.name);
    case Dates:
        if (row.days.empty())
            return QString();
        if (row.days.size() == 1)
            return dateText(row.days.front());
        return tr("%1 … %2 (%n dates)", nullptr, int(row.days.size()))
            .arg(dateText(row.days.front()), dateText(row.days.back()));
    case LowerWindow:
        return s.lowerWindow;
    case UpperWindow:
        return s.upperWindow;
    case PriorScale:
        return s.priorScale ? QVariant(*s.priorScale) : QVariant(QString());
    default:
        return {};
    }
}

bool CountryHolidayModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    CountryHolidayOverride &s = m_rows[std::size_t(index.row())].setting;
    bool ok = true;
    if (index.column() == Enabled && role == Qt::CheckStateRole) {
        s.enabled = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == LowerWindow) {
        s.lowerWindow = value.toString().trimmed().toInt(&ok);
    } else if (index.column() == UpperWindow) {
        s.upperWindow = value.toString().trimmed().toInt(&ok);
    } else if (index.column() == PriorScale) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            s.priorScale.reset();
        else
            s.priorScale = text.toDouble(&ok);
    } else {
        return false;
    }
    if (!ok)
        return false;
    emit dataChanged(index, index);
    emit overridesEdited();
    return true;
}

Qt::ItemFlags CountryHolidayModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Enabled)
        flags |= Qt::ItemIsUserCheckable;
    else if (index.column() >= LowerWindow)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CountryHolidayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Enabled:
            return tr("on");
        case Name:
            return QStringLiteral("holiday");
        case Dates:
            return tr("dates");
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
        case Enabled:
            return tr("Unchecked holidays get no effect of their own: their days are forecast "
                      "like ordinary days.");
        case Name:
            return tr("The holiday as the country calendar names it.");
        case Dates:
            return tr("Its dates over the data and the horizon.");
        case LowerWindow:
            return tr("Days before each date that the holiday also affects (0 or less).");
        case UpperWindow:
            return tr("Days after each date that the holiday also affects (0 or more).");
        case PriorScale:
            return tr("How strong this holiday's effect may be; empty uses Holiday strength.");
        }
    }
    return {};
}

} // namespace prognos
