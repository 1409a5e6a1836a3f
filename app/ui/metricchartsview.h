#pragma once

#include "crossvalidationoutput.h"

#include <QStringList>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;

namespace prognos {

/// One small chart per metric of a cross-validation against the horizon, with the naive and
/// the seasonal-naive baselines on the same axes (coverage: with the interval width aimed
/// at). Metrics left out are named with the reason above the charts.
class MetricChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit MetricChartsView(QWidget *parent = nullptr);

    void setOutput(const CrossValidationOutput &output);
    void clear();

    /// The metrics charted, in order.
    QStringList metricNames() const;
    /// The series of `metric` named `name` (tr("Prophet"), tr("Naive"), ...), or nullptr.
    QLineSeries *series(const QString &metric, const QString &name) const;

    /// Horizon of a metrics row on the charts' x axis: days, or months for monthly tables.
    static double horizonValue(const MetricsTable &table, std::size_t row);

private:
    QChartView *createChart(const QString &metric, const CrossValidationOutput &output);

    QLabel *m_legend = nullptr;
    QLabel *m_omitted = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QChartView *> m_charts;
};

} // namespace prognos
