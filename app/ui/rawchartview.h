#pragma once

#include "holidaymarkers.h"

#include "data/cleaningresult.h"
#include "data/qualityreport.h"
#include "data/seriestable.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace prognos {

/// The raw series of a session as imported, with its flagged points (missing, outliers,
/// duplicate dates, values excluded by cleaning) in marker styles of their own, each
/// explained in a tooltip; the cleaned series over it when there are cleaning steps (before
/// and after); and, when switched on, a vertical marker on every holiday date.
class RawChartView : public QChartView
{
    Q_OBJECT

public:
    /// The kinds of flagged points, one marker series each.
    enum class Flag { Missing, Outlier, Duplicate, Excluded };
    /// At most this many markers per kind; the quality panel lists them all.
    static constexpr int kMaxMarkers = 5000;

    explicit RawChartView(QWidget *parent = nullptr);

    /// Shows `raw` (which is copied into points) flagged by `report` and `cleaned`; the
    /// cleaned series is drawn when `showCleaned`.
    void setData(const SeriesTable &raw, const QualityReport &report, const CleaningResult &cleaned,
                 bool showCleaned);
    void clearData();
    void setHolidays(const QList<HolidayMarker> &holidays);
    void setHolidaysVisible(bool visible);
    void resetZoom();

    QLineSeries *rawSeries() const { return m_raw; }
    QLineSeries *cleanedSeries() const { return m_cleaned; }
    QScatterSeries *flagSeries(Flag flag) const { return m_flags[int(flag)]; }
    /// The data records (1-based) of the markers of `flag`, in the order of its points.
    const QList<int> &flagRecords(Flag flag) const { return m_records[int(flag)]; }
    /// The tooltip of marker `index` of `flag`.
    QString flagToolTip(Flag flag, int index) const { return m_tips[int(flag)].value(index); }
    /// The holiday lines drawn, one per date, in date order.
    const QList<QLineSeries *> &holidaySeries() const { return m_holidaySeries; }
    const QList<HolidayMarker> &holidays() const { return m_holidays; }

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    static constexpr int kFlagCount = 4;

    void createSeries();
    void createAxes();
    void addFlag(Flag flag, int record, const QPointF &point, const QString &tip);
    void flagRecords(const SeriesTable &raw, const QList<int> &records, Flag flag,
                     const QString &what);
    void showFlagTip(Flag flag, const QPointF &point, bool state);
    void rebuildHolidays();
    QPointF pointOf(const SeriesTable &raw, std::size_t row) const;

    QLineSeries *m_raw = nullptr;
    QLineSeries *m_cleaned = nullptr;
    QScatterSeries *m_flags[kFlagCount] = {};
    QList<QPointF> m_points[kFlagCount];
    QList<int> m_records[kFlagCount];
    QStringList m_tips[kFlagCount];
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QValueAxis *m_cleanedAxis = nullptr; ///< the cleaned series' own axis after a transform
    QRectF m_fullRange;
    std::vector<double> m_level; ///< y with gaps filled, while setData() places markers
    QList<HolidayMarker> m_holidays;
    QList<QLineSeries *> m_holidaySeries;
    bool m_holidaysVisible = false;
};

} // namespace prognos
