#pragma once

#include "engine/holidayevent.h"
#include "engine/timestamp.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <string>
#include <vector>

namespace prognos {

/// The holidays of one country over a span of years, one row per holiday name: whether it
/// enters the model (a check box), its dates in the span, its window (days before and after)
/// and its own prior scale. The rows are read from HolidayCalendar; what the user changes is
/// kept as Prophet-style CountryHolidayOverride entries (only rows that differ from the
/// calendar's defaults, plus overrides of names outside the span, which are kept as given).
class CountryHolidayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Enabled, Name, Dates, LowerWindow, UpperWindow, PriorScale, ColumnCount };

    explicit CountryHolidayModel(QObject *parent = nullptr);

    /// Lists the holidays of `country` (a code; empty for none) whose dates fall from the
    /// day of `first` to the day of `last`, with `overrides` applied (a model reset).
    void setCountry(const std::string &country, Timestamp first, Timestamp last,
                    const std::vector<CountryHolidayOverride> &overrides);
    /// The overrides as edited.
    std::vector<CountryHolidayOverride> overrides() const;
    /// Names of the listed holidays.
    QStringList names() const;
    /// The row of the holiday called `name`, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The user switched a holiday or changed its window or prior scale.
    void overridesEdited();

private:
    struct Row
    {
        CountryHolidayOverride setting;
        std::vector<std::int64_t> days; ///< its dates in the span, days since 1970-01-01
    };

    static bool isDefault(const CountryHolidayOverride &setting);

    std::vector<Row> m_rows;
    std::vector<CountryHolidayOverride> m_outside; ///< overrides of names not listed
};

} // namespace prognos
