#pragma once

#include "engine/holidayevent.h"
#include "engine/timestamp.h"

#include <QStringList>
#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QTableView;

namespace prognos {

class CountryHolidayModel;

/// The holidays of the chosen country over the data's span and the horizon, each of which
/// can be switched off or given windows and a prior scale. A note says when the country's
/// tabulated (lunar, astronomical) holidays end before the span does.
class CountryHolidaysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CountryHolidaysEditor(QWidget *parent = nullptr);

    /// Lists `country`'s holidays from `first` to `last` with `overrides` applied.
    void setCountry(const std::string &country, Timestamp first, Timestamp last,
                    const std::vector<CountryHolidayOverride> &overrides);
    std::vector<CountryHolidayOverride> overrides() const;
    /// Names of the listed holidays that are switched on.
    QStringList enabledNames() const;

    QTableView *view() const { return m_view; }
    CountryHolidayModel *model() const { return m_model; }
    QLabel *note() const { return m_note; }

signals:
    void edited();

private:
    CountryHolidayModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace prognos
