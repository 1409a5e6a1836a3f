#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <string>

class QChart;
class QIODevice;
class QWidget;

namespace prognos {

class Session;
struct ReportData;

/// The exports of one session's forecast, as the user asks for them from the File > Export
/// menu and the charts' context menus: the options, then Qt's own file dialog (which leaves
/// no trace, see FileDialogGuard), then the file written through QSaveFile by the export
/// module, exactly as prognos-cli writes it. Nothing is written anywhere but the chosen
/// path; a failure is shown to the user and leaves no partial file.
class SessionExporter
{
    Q_DECLARE_TR_FUNCTIONS(SessionExporter)

public:
    SessionExporter(QWidget *parent, const Session &session);

    bool exportForecastCsv();
    bool exportReportJson();
    bool exportReportPdf();
    /// The forecast chart (an empty `component`) or the chart of one component.
    bool exportChartPng(const std::string &component = {});
    bool exportChartSvg(const std::string &component = {});
    /// The latest cross-validation's per-cutoff predictions and its metrics by horizon (with
    /// the baselines' ratios), as `prognos-cli cv --folds` and `-o` write them.
    bool exportCvPredictionsCsv();
    bool exportCvMetricsCsv();
    /// Copies the chart to the clipboard as an image and SVG, marked sensitive.
    bool copyChart(const std::string &component = {});

private:
    /// Saves the chart of `component` as PNG (`png`) or SVG, asking for the options and path.
    bool exportChart(const std::string &component, bool png);
    /// The chart of `component` (the forecast when empty) drawn for `data`; null without one.
    static std::unique_ptr<QChart> chartFor(const ReportData &data, const std::string &component);
    QString askForPath(const QString &title, const QString &filter, const QString &suffix,
                       const QString &nameHint) const;
    bool write(const QString &path, const QByteArray &bytes) const;
    bool write(const QString &path, const std::function<bool(QIODevice &)> &fill) const;
    bool finish(bool ok, const QString &error) const;
    bool canExport() const;

    QWidget *m_parent;
    const Session &m_session;
};

} // namespace prognos
