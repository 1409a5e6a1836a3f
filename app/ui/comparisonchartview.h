#pragma once

#include "keptconfiguration.h"

#include <QChartView>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace prognos {

/// The forecasts of kept configurations overlaid on one chart over the actual values: one
/// yhat line per configuration, in the configuration's colour, named after it.
class ComparisonChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ComparisonChartView(QWidget *parent = nullptr);

    void setConfigurations(const std::vector<KeptConfiguration> &kept);

    QScatterSeries *actualSeries() const { return m_actual; }
    /// One line per configuration, in the order given.
    const QList<QLineSeries *> &forecastSeries() const { return m_forecasts; }

    /// The colour of the configuration at `index`.
    static QColor color(int index);

private:
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QScatterSeries *m_actual = nullptr;
    QList<QLineSeries *> m_forecasts;
};

} // namespace prognos
