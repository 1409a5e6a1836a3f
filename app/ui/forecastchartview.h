#pragma once

#include "engine/fittedmodel.h"
#include "engine/forecast.h"

#include <QChartView>

class QAreaSeries;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace prognos {

/// The forecast as a chart: actuals as points, yhat as a line, the uncertainty interval as
/// a band, a dashed line where the forecast starts and the significant changepoints as
/// markers whose tooltip gives the rate change.
/// Wheel and rubber-band zoom (left drag), panning by dragging with the middle button or with
/// Shift and the left button, and with the arrow keys; Home resets, legend entries hide and
/// show, and a crosshair reads the date and values under the mouse.
class ForecastChartView : public QChartView
{
    Q_OBJECT

public:
    /// Changepoints whose |delta| (rate change on Prophet's scaled axes) reaches this are
    /// drawn, as Prophet's add_changepoints_to_plot does.
    static constexpr double kSignificantDelta = 0.01;

    explicit ForecastChartView(QWidget *parent = nullptr);

    void setForecast(const FittedModel &model, const Forecast &forecast);
    void clearForecast();
    void resetZoom();

    QScatterSeries *actualSeries() const { return m_actual; }
    QLineSeries *forecastSeries() const { return m_yhat; }
    QAreaSeries *bandSeries() const { return m_band; }
    QScatterSeries *changepointSeries() const { return m_changepoints; }
    int changepointCount() const { return int(m_changepointDeltas.size()); }

    /// Colours the actuals' dots for `palette` (called when the application palette changes).
    void colourActuals(const QPalette &palette);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void createSeries();
    void createAxes();
    void connectLegend();
    void createCrosshair();
    void showCrosshair(const QPointF &position);
    QString readout(qsizetype index) const;
    static QRectF dataRange(std::initializer_list<const QList<QPointF> *> lists);
    void applyRange(const QRectF &range);
    void showChangepoints(const FittedModel &model, const Forecast &forecast,
                          const QList<QPointF> &yhat);
    void showChangepointTip(const QPointF &point, bool state);

    QScatterSeries *m_actual = nullptr;
    QLineSeries *m_yhat = nullptr;
    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QAreaSeries *m_band = nullptr;
    QLineSeries *m_start = nullptr;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QScatterSeries *m_changepoints = nullptr;
    QList<double> m_changepointDeltas; ///< rate change of each changepoint marker
    QRectF m_fullRange;                ///< the data's extent on the axes
    qreal m_startX = 0;
    bool m_panning = false;
    QPointF m_panFrom; ///< where the last pan step ended, in view coordinates
    QGraphicsLineItem *m_crosshair = nullptr;     ///< owned by the chart's scene
    QGraphicsSimpleTextItem *m_readout = nullptr; ///< date and values under the mouse
};

} // namespace prognos
