// Exports and copies from the desktop app (issues #6 and #7): File > Export and the charts'
// context menus write, through Qt's own file dialog, exactly what the engine computed and
// what prognos-cli writes for the same data and settings; copies are marked sensitive and do
// not outlive the window.
#include "ui/crossvalidationdialog.h"
#include "ui/crossvalidationform.h"
#include "ui/dialogrunner.h"
#include "ui/exportoptionsdialog.h"
#include "ui/forecastchartview.h"
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/sensitiveclipboard.h"
#include "ui/session.h"
#include "ui/sessionwidget.h"

#include "data/csvwriter.h"
#include "export/reportpdf.h"
#include "holidays/holidaycalendar.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>

using namespace prognos;

namespace {

constexpr int kRunTimeoutMs = 240'000;

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Paths of an SVG by "stroke/fill" of their group, and the number of circles (points).
QMap<QString, int> svgPaths(const QByteArray &svg, int *circles, QString *error)
{
    QXmlStreamReader xml(svg);
    QString stroke;
    QString fill;
    QMap<QString, int> paths;
    *circles = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"g") {
            stroke = xml.attributes().value(QLatin1String("stroke")).toString();
            fill = xml.attributes().value(QLatin1String("fill")).toString();
        } else if (xml.name() == u"path") {
            ++paths[stroke + u'/' + fill];
        } else if (xml.name() == u"circle") {
            ++*circles;
        }
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return paths;
}

} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void exportsNeedAForecast();
    void forecastCsvIsTheEnginesForecastBitForBit();
    void forecastCsvWithoutComponents();
    void jsonHasEverySectionAndRawDataChangesOnlyThat();
    void pdfReportOnTheChosenPaper();
    void pngHasTheChosenPixelSize();
    void svgHasOnePathPerSeries();
    void exportsEqualTheClis();
    void crossValidationCsvsEqualTheClis();
    void failedExportIsShownAndWritesNothing();
    void copiedChartIsMarkedSensitive();
    void rightClickOnTheChartKeepsItsZoom();
    void copiedCellsAreMarkedSensitiveTsv();
    void closingTheWindowClearsTheClipboardItOwns();
    void closingTheWindowLeavesAnotherAppsClipboard();

private:
    SessionWidget *session() const { return m_window->currentSession(); }
    QAction *action(const QString &name) const;
    bool exportTo(const QString &actionName, const QString &path);
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_config; ///< XDG_CONFIG_HOME: QtProject.conf must not appear there
    MainWindow *m_window = nullptr;
    QString m_nextPath;                                   ///< the file dialog's answer
    std::function<void(ExportOptionsDialog &)> m_options; ///< fills in the options
    QStringList m_messages;                               ///< message boxes shown
    int m_fileDialogs = 0;
};

void TestExportUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    DialogRunner::setAnswerForTesting([this](QDialog &dialog) {
        if (auto *options = qobject_cast<ExportOptionsDialog *>(&dialog)) {
            if (m_options)
                m_options(*options);
            return int(QDialog::Accepted);
        }
        if (auto *files = qobject_cast<QFileDialog *>(&dialog)) {
            ++m_fileDialogs;
            if (!files->testOption(QFileDialog::DontUseNativeDialog) ||
                files->acceptMode() != QFileDialog::AcceptSave)
                return int(QDialog::Rejected);
            files->selectFile(m_nextPath);
            return int(QDialog::Accepted);
        }
        if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
            m_messages << box->text();
            return int(QMessageBox::Ok);
        }
        return int(QDialog::Rejected);
    });

    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(QStringLiteral(PROGNOS_SAMPLE_CSV)));
    // A file opens through the import preview, once it has been read off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->importPreview(), kRunTimeoutMs);
    m_window->importPreview()->accept();
    QSignalSpy shown(session(), &SessionWidget::chartUpdated);
    session()->startRun();
    QVERIFY(shown.wait(kRunTimeoutMs));
    QVERIFY2(session()->session()->result().ok(),
             qPrintable(session()->session()->result().message));
}

void TestExportUi::cleanupTestCase()
{
    delete m_window;
    DialogRunner::setAnswerForTesting({});
    // Qt's file dialogs left nothing in Qt's shared settings.
    QVERIFY(
        !QFile::exists(QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName()));
}

void TestExportUi::init()
{
    m_options = {};
    m_messages.clear();
    m_fileDialogs = 0;
}

QAction *TestExportUi::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

bool TestExportUi::exportTo(const QString &actionName, const QString &path)
{
    QAction *export_ = action(actionName);
    if (!export_ || !export_->isEnabled())
        return false;
    m_nextPath = path;
    export_->trigger();
    return m_fileDialogs == 1 && m_messages.isEmpty() && QFile::exists(path);
}

void TestExportUi::exportsNeedAForecast()
{
    for (const char *name : {"export_forecast_csv", "export_report_json", "export_report_pdf",
                             "export_chart_png", "export_chart_svg", "copy_forecast_chart"})
        QVERIFY2(action(QLatin1String(name)) && action(QLatin1String(name))->isEnabled(), name);
    QVERIFY(m_window->openBytes("ds,y\n2024-01-01,1\n2024-01-02,2\n2024-01-03,3\n",
                                QStringLiteral("no forecast yet")));
    for (const char *name : {"export_forecast_csv", "export_report_pdf", "copy_forecast_chart"})
        QVERIFY2(!action(QLatin1String(name))->isEnabled(), name);
    m_window->closeSession(m_window->sessionCount() - 1);
    QCOMPARE(m_window->sessionCount(), 1);
    QVERIFY(action(QStringLiteral("export_forecast_csv"))->isEnabled());
}

void TestExportUi::forecastCsvIsTheEnginesForecastBitForBit()
{
    const QString path = file(QStringLiteral("forecast.csv"));
    QVERIFY(exportTo(QStringLiteral("export_forecast_csv"), path));

    // The engine itself, on the same input, outside the application.
    const ForecastInput input = session()->session()->forecastInput();
    FitOptions options;
    options.countryHolidays = HolidayCalendar::provider();
    const FitResult fit = Prophet::fit(input.config, input.history, options);
    QVERIFY(fit.ok());
    const PredictResult engine = Prophet::predict(
        *fit.model, Prophet::makeFutureFrame(*fit.model, input.periods, input.frequency, true));
    QVERIFY(engine.ok());
    const Forecast &forecast = engine.forecast;

    QList<QByteArray> lines = readFile(path).split('\n');
    QVERIFY(lines.size() > 2);
    if (lines.last().isEmpty())
        lines.removeLast();
    QCOMPARE(qsizetype(lines.size()), qsizetype(forecast.size() + 1));
    QList<QByteArray> header = lines.first().trimmed().split(',');
    QCOMPARE(qsizetype(header.size()), qsizetype(forecast.columns.size() + 2));
    QCOMPARE(header[0], QByteArray("ds"));
    QCOMPARE(header[1], QByteArray("y"));
    for (std::size_t c = 0; c < forecast.columns.size(); ++c)
        QCOMPARE(header[qsizetype(c) + 2], QByteArray::fromStdString(forecast.columns[c].first));

    const TimeSeries &history = fit.model->history;
    std::size_t actualRows = 0;
    for (std::size_t r = 0; r < forecast.size(); ++r) {
        const QList<QByteArray> cells = lines[qsizetype(r) + 1].trimmed().split(',');
        QCOMPARE(qsizetype(cells.size()), header.size());
        QCOMPARE(cells[0].toStdString(), formatTimestamp(forecast.ds[r]));
        if (!cells[1].isEmpty()) {
            QCOMPARE(history.ds[actualRows], forecast.ds[r]);
            QVERIFY(sameBits(cells[1].toDouble(), history.y[actualRows++]));
        }
        for (std::size_t c = 0; c < forecast.columns.size(); ++c) {
            bool ok = false;
            const double value = cells[qsizetype(c) + 2].toDouble(&ok);
            QVERIFY(ok);
            QVERIFY2(
                sameBits(value, forecast.columns[c].second[r]),
                qPrintable(
                    QStringLiteral("row %1, %2").arg(r).arg(QString(header[qsizetype(c) + 2]))));
        }
    }
    QCOMPARE(actualRows, history.size());
}

void TestExportUi::forecastCsvWithoutComponents()
{
    m_options = [](ExportOptionsDialog &dialog) {
        auto *components = dialog.findChild<QCheckBox *>(QStringLiteral("with_components"));
        QVERIFY(components && components->isChecked());
        components->setChecked(false);
    };
    const QString path = file(QStringLiteral("basic.csv"));
    QVERIFY(exportTo(QStringLiteral("export_forecast_csv"), path));
    QByteArray expected("ds,y");
    for (const auto &[name, values] : session()->session()->result().forecast.columns) {
        if (name == "yhat" || name.starts_with("yhat_") || name.starts_with("trend"))
            expected += ',' + QByteArray::fromStdString(name);
    }
    QCOMPARE(readFile(path).split('\n').first().trimmed(), expected);
    QVERIFY(!expected.contains("weekly"));
}

void TestExportUi::jsonHasEverySectionAndRawDataChangesOnlyThat()
{
    const QString plainPath = file(QStringLiteral("report.json"));
    QVERIFY(exportTo(QStringLiteral("export_report_json"), plainPath));
    bool warned = false;
    m_options = [&warned](ExportOptionsDialog &dialog) {
        auto *raw = dialog.findChild<QCheckBox *>(QStringLiteral("include_raw_data"));
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("raw_data_warning"));
        QVERIFY(raw && warning && !raw->isChecked() && warning->isHidden());
        raw->setChecked(true);
        warned = !warning->isHidden() && warning->text().contains(QLatin1String("your data"));
    };
    m_fileDialogs = 0;
    const QString rawPath = file(QStringLiteral("report-raw.json"));
    QVERIFY(exportTo(QStringLiteral("export_report_json"), rawPath));
    QVERIFY(warned);

    const QJsonObject plain = QJsonDocument::fromJson(readFile(plainPath)).object();
    QJsonObject raw = QJsonDocument::fromJson(readFile(rawPath)).object();
    QStringList sections = plain.keys();
    sections.sort();
    QCOMPARE(sections, QStringList({"app", "changepoints", "cleaning", "components",
                                    "cross_validation", "dataset", "engine", "fit", "forecast",
                                    "import", "quality", "settings", "warnings"}));
    QCOMPARE(plain.value("dataset").toString(), QStringLiteral("sample.csv"));
    QVERIFY(plain.value("fit").toObject().contains(QLatin1String("params")));
    QCOMPARE(plain.value("forecast").toObject().value("yhat").toArray().size(),
             qsizetype(session()->session()->result().forecast.size()));

    // The raw rows, and the raw values of import findings, are the only difference.
    const SeriesTable &imported = session()->session()->import().series;
    QCOMPARE(raw.value("raw_data").toObject().value("y").toArray().size(),
             qsizetype(imported.size()));
    raw.remove(QLatin1String("raw_data"));
    QJsonObject import = raw.value("import").toObject();
    QJsonArray findings;
    for (const QJsonValue &finding : import.value("findings").toArray()) {
        QJsonObject object = finding.toObject();
        object.remove(QLatin1String("raw_value"));
        findings.append(object);
    }
    import.insert(QLatin1String("findings"), findings);
    raw.insert(QLatin1String("import"), import);
    QCOMPARE(raw, plain);
}

void TestExportUi::pdfReportOnTheChosenPaper()
{
    m_options = [](ExportOptionsDialog &dialog) {
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("page_size"));
        QVERIFY(paper);
        QCOMPARE(dialog.pageSize().id(), ReportPdf::pageSizeFor(QLocale()).id());
        paper->setCurrentIndex(paper->findData(int(QPageSize::Letter)));
    };
    const QString path = file(QStringLiteral("report.pdf"));
    QVERIFY(exportTo(QStringLiteral("export_report_pdf"), path));
    QVERIFY(readFile(path).startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF was written, not read back");
    const QString text = pdfText(path);
    for (const char *heading :
         {"Summary", "Data quality", "Cleaning steps", "Settings", "Components", "Warnings"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QVERIFY(text.contains(QLatin1String("sample.csv")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(60000));
    QVERIFY(info.readAllStandardOutput().contains("612 x 792 pts (letter)"));
}

void TestExportUi::pngHasTheChosenPixelSize()
{
    m_options = [](ExportOptionsDialog &dialog) {
        dialog.findChild<QSpinBox *>(QStringLiteral("width"))->setValue(1234);
        dialog.findChild<QSpinBox *>(QStringLiteral("height"))->setValue(567);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("scale"))->setValue(1.5);
    };
    const QString path = file(QStringLiteral("forecast.png"));
    QVERIFY(exportTo(QStringLiteral("export_chart_png"), path));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1234, 567));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 50);

    // A component chart, through its context menu.
    m_fileDialogs = 0;
    m_nextPath = file(QStringLiteral("weekly.png"));
    QMenu *menu = session()->createChartMenu("weekly", session());
    menu->findChild<QAction *>(QStringLiteral("save_chart_png"))->trigger();
    delete menu;
    QCOMPARE(m_fileDialogs, 1);
    QCOMPARE(QImage(m_nextPath).size(), QSize(1234, 567));
}

void TestExportUi::svgHasOnePathPerSeries()
{
    const QString path = file(QStringLiteral("forecast.svg"));
    QVERIFY(exportTo(QStringLiteral("export_chart_svg"), path));
    int circles = 0;
    QString error;
    QMap<QString, int> paths = svgPaths(readFile(path), &circles, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(paths.value(QStringLiteral("#1f66c2/none")), 1); // yhat
    QCOMPARE(paths.value(QStringLiteral("none/#1f66c2")), 1); // the interval band
    QCOMPARE(paths.value(QStringLiteral("#c2411f/none")), 1); // forecast start
    const std::vector<double> &y = session()->session()->import().series.y;
    const auto withValue =
        std::count_if(y.begin(), y.end(), [](double v) { return !std::isnan(v); });
    QCOMPARE(circles, int(withValue)); // the actuals, one point each

    // Every component chart, through its context menu: one line each.
    for (const std::string component : {"trend", "weekly", "yearly"}) {
        m_fileDialogs = 0;
        m_nextPath = file(QString::fromStdString(component) + QStringLiteral(".svg"));
        QMenu *menu = session()->createChartMenu(component, session());
        menu->findChild<QAction *>(QStringLiteral("save_chart_svg"))->trigger();
        delete menu;
        QCOMPARE(m_fileDialogs, 1);
        paths = svgPaths(readFile(m_nextPath), &circles, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(paths.value(QStringLiteral("#1f66c2/none")), 1);
    }
}

void TestExportUi::exportsEqualTheClis()
{
#ifndef PROGNOS_CLI_PATH
    QSKIP("prognos-cli is not built");
#else
    const QString csv = file(QStringLiteral("app.csv"));
    const QString json = file(QStringLiteral("app.json"));
    const QString pdf = file(QStringLiteral("app.pdf"));
    const QString png = file(QStringLiteral("app.png"));
    const QString svg = file(QStringLiteral("app.svg"));
    for (const auto &[name, path] : {std::pair{"export_forecast_csv", csv},
                                     {"export_report_json", json},
                                     {"export_report_pdf", pdf},
                                     {"export_chart_png", png},
                                     {"export_chart_svg", svg}}) {
        m_fileDialogs = 0;
        QVERIFY2(exportTo(QLatin1String(name), path), name);
    }

    // prognos-cli with the settings the JSON report holds, on the same file.
    const QJsonObject settings =
        QJsonDocument::fromJson(readFile(json)).object().value("settings").toObject();
    QFile settingsFile(file(QStringLiteral("settings.json")));
    QVERIFY(settingsFile.open(QIODevice::WriteOnly));
    settingsFile.write(QJsonDocument(settings).toJson());
    settingsFile.close();
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(PROGNOS_CLI_PATH),
              {QStringLiteral("forecast"), QStringLiteral(PROGNOS_SAMPLE_CSV),
               QStringLiteral("--settings"), settingsFile.fileName(), QStringLiteral("-o"),
               file(QStringLiteral("cli.csv")), QStringLiteral("--report"),
               file(QStringLiteral("cli.pdf")), QStringLiteral("--png"),
               file(QStringLiteral("cli.png")), QStringLiteral("--svg"),
               file(QStringLiteral("cli.svg"))});
    QVERIFY(cli.waitForFinished(kRunTimeoutMs));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    QCOMPARE(readFile(csv), readFile(file(QStringLiteral("cli.csv"))));
    QCOMPARE(readFile(svg), readFile(file(QStringLiteral("cli.svg"))));
    QCOMPARE(QImage(png), QImage(file(QStringLiteral("cli.png"))));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the reports were not compared");
    const QString appText = pdfText(pdf);
    QVERIFY(appText.contains(QLatin1String("Summary")));
    QCOMPARE(appText, pdfText(file(QStringLiteral("cli.pdf"))));
#endif
}

void TestExportUi::crossValidationCsvsEqualTheClis()
{
    QVERIFY(!action(QStringLiteral("export_cv_metrics"))->isEnabled());
    session()->showCrossValidation();
    CrossValidationDialog *dialog = session()->crossValidationDialog();
    QVERIFY(dialog);
    dialog->form()->findChild<QDoubleSpinBox *>(QStringLiteral("cv_horizon"))->setValue(90);
    QSignalSpy shown(dialog, &CrossValidationDialog::outputShown);
    dialog->start();
    QVERIFY(shown.wait(kRunTimeoutMs));
    dialog->close();
    const CrossValidationOutput &cv = session()->session()->crossValidation();
    QVERIFY2(cv.ok(), qPrintable(cv.message));
    QCOMPARE(cv.cv.horizon.count, 90.0);
    QVERIFY(cv.cv.horizon.unit == CalendarSpan::Unit::Days);

    const QString predictions = file(QStringLiteral("cv-predictions.csv"));
    const QString metrics = file(QStringLiteral("cv-metrics.csv"));
    const QString json = file(QStringLiteral("cv-report.json"));
    QVERIFY(exportTo(QStringLiteral("export_cv_predictions"), predictions));
    m_fileDialogs = 0;
    QVERIFY(exportTo(QStringLiteral("export_cv_metrics"), metrics));
    m_fileDialogs = 0;
    QVERIFY(exportTo(QStringLiteral("export_report_json"), json));
    // The report holds the cross-validation made with the forecast's settings.
    const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
    const QJsonObject metricsSection =
        report.value("cross_validation").toObject().value("metrics").toObject();
    QCOMPARE(metricsSection.value("horizon_days").toArray().size(),
             qsizetype(cv.metrics.horizon.size()));
    QCOMPARE(report.value("cross_validation").toObject().value("rows").toInteger(),
             qint64(cv.frame.size()));

#ifdef PROGNOS_CLI_PATH
    QFile settingsFile(file(QStringLiteral("cv-settings.json")));
    QVERIFY(settingsFile.open(QIODevice::WriteOnly));
    settingsFile.write(QJsonDocument(report.value("settings").toObject()).toJson());
    settingsFile.close();
    QProcess cli;
    cli.start(QStringLiteral(PROGNOS_CLI_PATH),
              {QStringLiteral("cv"), QStringLiteral(PROGNOS_SAMPLE_CSV),
               QStringLiteral("--horizon"), QStringLiteral("90d"), QStringLiteral("--settings"),
               settingsFile.fileName(), QStringLiteral("-o"), file(QStringLiteral("cli-cv.csv")),
               QStringLiteral("--folds"), file(QStringLiteral("cli-folds.csv"))});
    QVERIFY(cli.waitForFinished(kRunTimeoutMs));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(readFile(predictions), readFile(file(QStringLiteral("cli-folds.csv"))));
    QCOMPARE(readFile(metrics), readFile(file(QStringLiteral("cli-cv.csv"))));
    QVERIFY(readFile(metrics).startsWith("horizon_days,"));
    QVERIFY(readFile(metrics).split('\n').first().contains("_vs_naive"));
#endif
}

void TestExportUi::failedExportIsShownAndWritesNothing()
{
    // A folder that does not exist (the tests may run as root, for whom permissions do not
    // stop a write).
    const QString missing = file(QStringLiteral("no-such-folder/forecast.csv"));
    m_nextPath = missing;
    action(QStringLiteral("export_forecast_csv"))->trigger();
    QCOMPARE(m_fileDialogs, 1);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QLatin1String("forecast.csv")),
             qPrintable(m_messages.first()));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("no-such-folder"))));

    // A chosen path that is a folder: the old contents stay and no temporary file is left.
    const QString folder = file(QStringLiteral("a-folder.csv"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList before =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    m_messages.clear();
    m_fileDialogs = 0;
    m_nextPath = folder;
    action(QStringLiteral("export_forecast_csv"))->trigger();
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestExportUi::copiedChartIsMarkedSensitive()
{
    QGuiApplication::clipboard()->clear();
    action(QStringLiteral("copy_forecast_chart"))->trigger();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), ExportOptionsDialog::kPngPixels);
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    QCOMPARE(mime->data(SensitiveClipboard::markerFormat()), SensitiveClipboard::markerValue());
#if defined(Q_OS_LINUX)
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
    QVERIFY(SensitiveClipboard::ownsClipboard());

    // A component chart from its context menu, likewise.
    QGuiApplication::clipboard()->clear();
    QMenu *menu = session()->createChartMenu("trend", session());
    menu->findChild<QAction *>(QStringLiteral("copy_chart"))->trigger();
    delete menu;
    mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasImage());
    QCOMPARE(mime->data(SensitiveClipboard::markerFormat()), SensitiveClipboard::markerValue());
}

void TestExportUi::rightClickOnTheChartKeepsItsZoom()
{
    // The right button belongs to the context menu; it must not also zoom out.
    session()->showPage(SessionWidget::Page::Forecast);
    ForecastChartView *view = session()->chartView();
    view->chart()->zoomIn();
    const auto *x = qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).first());
    QVERIFY(x);
    const QDateTime min = x->min();
    const QDateTime max = x->max();
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, view->viewport()->rect().center());
    QCOMPARE(x->min(), min);
    QCOMPARE(x->max(), max);
    view->resetZoom();
    QVERIFY(x->min() < min);
}

void TestExportUi::copiedCellsAreMarkedSensitiveTsv()
{
    session()->showPage(SessionWidget::Page::Table);
    QTableView *table = session()->forecastTable();
    table->selectionModel()->select(table->model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(5, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // The Copy shortcut works in the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);

    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(SensitiveClipboard::markerFormat()), SensitiveClipboard::markerValue());
    const Forecast &forecast = session()->session()->result().forecast;
    const TimeSeries &history = session()->session()->result().model->history;
    std::map<Timestamp, double> actual;
    for (std::size_t i = 0; i < history.size(); ++i)
        actual[history.ds[i]] = history.y[i];
    QString expected;
    for (std::size_t row : {std::size_t(3), std::size_t(5)}) {
        QStringList cells{QString::fromStdString(formatTimestamp(forecast.ds[row]))};
        const auto it = actual.find(forecast.ds[row]);
        cells << (it == actual.end() ? QString() : CsvWriter::formatNumber(it->second));
        for (const auto &[name, values] : forecast.columns)
            cells << CsvWriter::formatNumber(values[row]);
        expected += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QCOMPARE(mime->text(), expected);
    // Every digit: the copied yhat reads back as the same double.
    const qsizetype yhatColumn = 2 +
                                 std::find_if(forecast.columns.begin(), forecast.columns.end(),
                                              [](const auto &c) { return c.first == "yhat"; }) -
                                 forecast.columns.begin();
    QVERIFY(sameBits(mime->text()
                         .split(QLatin1Char('\n'))
                         .first()
                         .split(QLatin1Char('\t'))
                         .at(yhatColumn)
                         .toDouble(),
                     (*forecast.column("yhat"))[3]));
}

void TestExportUi::closingTheWindowClearsTheClipboardItOwns()
{
    action(QStringLiteral("copy_forecast_chart"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasImage());
    m_window->close();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(!mime || mime->formats().isEmpty());
    QVERIFY(!SensitiveClipboard::ownsClipboard());
}

void TestExportUi::closingTheWindowLeavesAnotherAppsClipboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SensitiveClipboard::setText(QStringLiteral("copied by Prognos"));
    // Another application copies something since: that is not ours to clear.
    QGuiApplication::clipboard()->setText(QStringLiteral("copied elsewhere"));
    if (QGuiApplication::clipboard()->ownsClipboard())
        QSKIP("This platform knows that the test's own copy belongs to this process: another "
              "application's copy cannot be made from here");
    window.close();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied elsewhere"));
}

QTEST_MAIN(TestExportUi)
#include "tst_exportui.moc"
