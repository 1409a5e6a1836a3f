// prognos-gui-workflow: the desktop application's workflow, scripted, for the GUI syscall
// audit (gui_syscall_audit.sh) — the same window, start-up and export code as `prognos`:
// open the sample, run the forecast, export it as CSV to the path given, store the
// preferences (as Edit > Preferences does), close every session and quit.
//   prognos-gui-workflow EXPORT.csv
#include "export/exportfile.h"
#include "export/forecastcsv.h"
#include "export/reportdata.h"

#include "logging/redactinglog.h"
#include "privacy/processhardening.h"
#include "privacy/runtimedirectory.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace prognos;

namespace {

/// The CSV export of the session's result, as the File menu's export writes it.
bool exportCsv(const Session &session, const QString &path)
{
    ReportData data;
    data.config = session.config();
    data.model = session.result().model;
    data.forecast = session.result().forecast;
    data.actuals = session.cleaned().series;
    QString error;
    if (!ExportFile::save(path, ForecastCsv::forecast(data), error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    ProcessHardening::apply();
    RedactingLog::install();
    RuntimeDirectory::prepare();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Prognos"));
    QApplication::setApplicationName(QStringLiteral("Prognos"));
    Appearance::apply(app, Appearance::storedPalette());
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: prognos-gui-workflow EXPORT.csv\n");
        return 2;
    }
    const QString exportPath = app.arguments().at(1);

    MainWindow window;
    window.show();
    if (!window.openSample())
        return 1;
    SessionWidget *session = window.currentSession();
    int status = 1;
    QObject::connect(
        session, &SessionWidget::chartUpdated, &window,
        [&] {
            const bool ok =
                session->session()->result().ok() && exportCsv(*session->session(), exportPath);
            PreferencesDialog preferences(&window);
            preferences.accept();
            window.clearAllSessions();
            window.close();
            status = ok ? 0 : 1;
            QApplication::quit();
        },
        Qt::QueuedConnection); // the session may not be closed while it emits
    QTimer::singleShot(0, session, &SessionWidget::startRun);
    QTimer::singleShot(50000, &app, [] { QApplication::exit(3); });
    const int exitCode = app.exec();
    return exitCode == 0 ? status : exitCode;
}
