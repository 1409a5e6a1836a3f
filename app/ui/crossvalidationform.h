#pragma once

#include "engine/calendarspan.h"
#include "engine/crossvalidationconfig.h"
#include "engine/performancemetrics.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace prognos {

/// The settings of a cross-validation: horizon, period and initial window in calendar units
/// (period and initial default to Prophet's half a horizon and three horizons), or explicit
/// cutoff dates, and the rolling window of the metrics. Problems appear under the fields.
class CrossValidationForm : public QWidget
{
    Q_OBJECT

public:
    explicit CrossValidationForm(QWidget *parent = nullptr);

    /// Shows `horizon` with the default period and initial window and no explicit cutoffs.
    void setHorizon(const CalendarSpan &horizon);
    /// Shows the settings of an earlier run.
    void showSettings(const CrossValidationConfig &config, const MetricsOptions &metrics);

    /// The settings as edited; cutoffs the form cannot read are left out (see problems()).
    CrossValidationConfig config() const;
    MetricsOptions metricsOptions() const;
    /// Problems the form finds itself: cutoff text that is not a date.
    QStringList problems() const;

    /// Shows `problems` under the fields (empty: none) and `plan`, a line on what the
    /// settings make, under them.
    void showStatus(const QStringList &problems, const QString &plan);
    QLabel *problemLabel() const { return m_problem; }
    QLabel *planLabel() const { return m_plan; }

signals:
    void edited();

private:
    struct SpanField
    {
        QDoubleSpinBox *count = nullptr;
        QComboBox *unit = nullptr;
    };

    SpanField createSpanField(const QString &name, const QString &defaultText);
    static std::optional<CalendarSpan> spanOf(const SpanField &field);
    static void showSpan(const SpanField &field, const std::optional<CalendarSpan> &span);
    void createLayout();
    void updateMode();

    SpanField m_horizon;
    SpanField m_period;
    SpanField m_initial;
    QRadioButton *m_spaced = nullptr;
    QRadioButton *m_explicit = nullptr;
    QLineEdit *m_cutoffs = nullptr;
    QDoubleSpinBox *m_rollingWindow = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_plan = nullptr;
};

} // namespace prognos
