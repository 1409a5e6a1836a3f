// Prognos: drop a CSV on the window, get a Prophet forecast. Everything stays in memory.
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"
#include "ui/sensitiveclipboard.h"
#include "ui/sessionwidget.h"

#include "logging/redactinglog.h"
#include "privacy/processhardening.h"
#include "privacy/runtimedirectory.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    // Before any user data exists: no core dumps, not dumpable, memory locked if allowed.
    prognos::ProcessHardening::apply();
    // No data value, file name or path in any log of a release build.
    prognos::RedactingLog::install();
    // Qt's start-up looks into the runtime directory; without a usable one it would create
    // one in /tmp.
    prognos::RuntimeDirectory::prepare();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Prognos"));
    QApplication::setApplicationName(QStringLiteral("Prognos"));
    QApplication::setApplicationVersion(QStringLiteral(PROGNOS_VERSION));
    prognos::Appearance::apply(app, prognos::Appearance::storedPalette());
    // However the application ends, a copied chart or table does not outlive it: on X11 the
    // clipboard's owner would otherwise hand it to a clipboard manager when it exits.
    QObject::connect(&app, &QCoreApplication::aboutToQuit,
                     [] { prognos::SensitiveClipboard::clearIfOwned(); });

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Prophet forecasts of "
                                                                     "your CSV files."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "Open the bundled sample."));
    const QCommandLineOption run(QStringLiteral("run"),
                                 QApplication::translate("main", "Run the forecast at once."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save pictures of the main states of the window on "
                                        "the sample into <folder>, then quit."),
        QApplication::translate("main", "folder"));
    parser.addOptions({sample, run, screenshots});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "CSV files to open."));
    parser.process(app);

    prognos::MainWindow window;
    window.show();
    if (parser.isSet(screenshots)) {
        auto *tour = new prognos::ScreenshotTour(&window, parser.value(screenshots), &window);
        QObject::connect(tour, &prognos::ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
        return app.exec();
    }
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    if (parser.isSet(sample))
        window.openSample();
    if (parser.isSet(run) && window.currentSession())
        window.currentSession()->startRun();
    return app.exec();
}
