#pragma once

#include <QWidget>

class QCheckBox;
class QTableView;

namespace prognos {

class CleaningPanel;
class QualityPanel;
class RawChartView;
class SeriesTableModel;
class Session;

/// The Data page of a session: the raw chart (before and after cleaning, holiday markers on
/// request), the grid of the rows the model is fitted on, the quality findings and the
/// cleaning steps.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);

    /// Shows `session` (which must outlive the page or the next call); null detaches.
    void setSession(Session *session);

    QTableView *gridView() const { return m_grid; }
    SeriesTableModel *gridModel() const { return m_gridModel; }
    QualityPanel *qualityPanel() const { return m_quality; }
    CleaningPanel *cleaningPanel() const { return m_cleaning; }
    RawChartView *rawChart() const { return m_chart; }
    QCheckBox *showHolidaysBox() const { return m_showHolidays; }

    /// Selects the grid row of data record `sourceRow`; false when it is not shown.
    bool showRecord(int sourceRow);

public slots:
    /// Shows the session's table, findings and chart again (after a cleaning change).
    void refresh();
    /// Recomputes the holiday markers from the session's model settings.
    void refreshHolidays();

private:
    void createWidgets();
    void createLayout();

    Session *m_session = nullptr;
    RawChartView *m_chart = nullptr;
    QCheckBox *m_showHolidays = nullptr;
    QTableView *m_grid = nullptr;
    SeriesTableModel *m_gridModel = nullptr;
    QualityPanel *m_quality = nullptr;
    CleaningPanel *m_cleaning = nullptr;
};

} // namespace prognos
