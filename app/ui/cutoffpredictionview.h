#pragma once

#include "crossvalidationoutput.h"

#include "engine/timeseries.h"

#include <QWidget>

class QAreaSeries;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace prognos {

/// Actual against predicted for one cutoff of a cross-validation, chosen in a list: the
/// actual values of the horizon window (and one horizon of history before the cutoff), the
/// forecast of the model fitted up to the cutoff with its interval, and the two baselines.
class CutoffPredictionView : public QWidget
{
    Q_OBJECT

public:
    explicit CutoffPredictionView(QWidget *parent = nullptr);

    /// Shows the first cutoff of `output` over `history`; both belong to the session and
    /// must outlive the view or be replaced first (nullptr: nothing).
    void setOutput(const CrossValidationOutput *output, const TimeSeries *history);
    void clear();

    QComboBox *cutoffSelector() const { return m_cutoffs; }
    QScatterSeries *actualSeries() const { return m_actual; }
    QLineSeries *forecastSeries() const { return m_yhat; }

private:
    void createChart();
    void showCutoff(int index);

    QComboBox *m_cutoffs = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QScatterSeries *m_actual = nullptr;
    QLineSeries *m_yhat = nullptr;
    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QAreaSeries *m_band = nullptr;
    QLineSeries *m_naive = nullptr;
    QLineSeries *m_seasonalNaive = nullptr;
    QLineSeries *m_cutoffLine = nullptr;
    const CrossValidationOutput *m_output = nullptr;
    const TimeSeries *m_history = nullptr;
};

} // namespace prognos
