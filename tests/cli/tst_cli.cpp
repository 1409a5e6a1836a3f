// prognos-cli end to end: every reference case forecast through the command line agrees with
// R Prophet as the engine does (issue #3), exit codes, and no file but the output is written.
#include "referencecase.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace prognos;
using namespace prognos::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString stderrText;
};

Run runCli(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PROGNOS_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void referenceCases_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const QString &name : ReferenceCase::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void referenceCases()
    {
        if (sharedDir().isEmpty())
            QSKIP("../shared/reference is not on this machine; the CLI comparison needs it.");
        QFETCH(QString, caseName);
        const ReferenceCase c =
            ReferenceCase::load(caseName, ReferenceCase::CountryHolidays::Calendar);
        QTemporaryDir dir;
        const QString data = sharedDir() + QStringLiteral("/reference/") +
                             c.configJson.value(QLatin1String("data")).toString();
        QStringList arguments{
            QStringLiteral("forecast"),   data,
            QStringLiteral("--settings"), c.folder + QStringLiteral("config.json"),
            QStringLiteral("--future"),   c.folder + QStringLiteral("future.csv"),
            QStringLiteral("-o"),         QStringLiteral("out.csv")};
        const Run run = runCli(arguments, dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));

        const CsvTable out = CsvTable::read(dir.filePath(QStringLiteral("out.csv")));
        const std::vector<double> yhat = out.numbers(QStringLiteral("yhat"));
        const std::vector<double> rYhat = c.rProphet.numbers(QStringLiteral("yhat"));
        QCOMPARE(yhat.size(), rYhat.size());
        QCOMPARE(out.dates(QStringLiteral("ds")), c.rProphet.dates(QStringLiteral("ds")));
        const double range = rangeOf(c.history.y);
        double worst = 0;
        double squares = 0;
        for (std::size_t i = 0; i < rYhat.size(); ++i) {
            const double d = std::abs(yhat[i] - rYhat[i]);
            worst = std::max(worst, d);
            squares += d * d;
        }
        QVERIFY2(worst <= 0.01 * range, qPrintable(QString::number(worst / range)));
        QVERIFY2(std::sqrt(squares / double(rYhat.size())) <= 0.0025 * range, "RMS");

        // Nothing but the output was written where it ran.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("out.csv")});
    }

    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("one row") << QByteArray("ds,y\n2024-01-01,5\n") << QStringList{} << 2
                                 << QStringLiteral("at least 2 rows");
        QTest::newRow("huge horizon")
            << QByteArray("ds,y\n2024-01-01,5\n2024-01-02,6\n2024-01-03,7\n")
            << QStringList{QStringLiteral("--horizon"), QStringLiteral("99999999")} << 2
            << QStringLiteral("A horizon of 99999999 periods is more than the 1000000");
        QTest::newRow("logistic without cap")
            << QByteArray("ds,y\n2024-01-01,5\n2024-01-02,6\n2024-01-03,7\n")
            << QStringList{QStringLiteral("--settings"), QStringLiteral("logistic.json")} << 2
            << QStringLiteral("capacity (cap)");
        QTest::newRow("unknown country")
            << QByteArray("ds,y\n2024-01-01,5\n2024-01-02,6\n")
            << QStringList{QStringLiteral("--country"), QStringLiteral("XX")} << 2
            << QStringLiteral("Unknown country");
        QTest::newRow("fine") << QByteArray("ds,y\n2024-01-01,3\n2024-01-02,5\n2024-01-03,4\n")
                              << QStringList{} << 0 << QStringLiteral("Wrote 10 forecast");
    }

    void exitCodes()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("data.csv")), csv);
        writeFile(dir.filePath(QStringLiteral("logistic.json")), R"({"growth": "logistic"})");
        const Run run = runCli(QStringList{QStringLiteral("forecast"), QStringLiteral("data.csv"),
                                           QStringLiteral("--horizon"), QStringLiteral("7"),
                                           QStringLiteral("-o"), QStringLiteral("out.csv")} +
                                   extra,
                               dir.path());
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.stderrText.contains(message), qPrintable(run.stderrText));
        QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("out.csv"))), exitCode == 0);
    }

    void controlCharactersAreShownEscaped()
    {
        QTemporaryDir dir;
        QByteArray csv = "ds,y\n2024-01-01,\x1b[31mRED\x07\n";
        for (int day = 2; day <= 28; ++day)
            csv += "2024-01-" + QByteArray::number(day).rightJustified(2, '0') + ',' +
                   QByteArray::number(100 + day) + '\n';
        writeFile(dir.filePath(QStringLiteral("data.csv")), csv);
        const Run run = runCli({QStringLiteral("forecast"), QStringLiteral("data.csv"),
                                QStringLiteral("--horizon"), QStringLiteral("3"),
                                QStringLiteral("-o"), QStringLiteral("out.csv")},
                               dir.path());
        QVERIFY2(
            run.stderrText.contains(QStringLiteral("row 1, column y, value \"\\x1b[31mRED\\x07\"")),
            qPrintable(run.stderrText));
        for (const QChar c : run.stderrText)
            QVERIFY2(c.unicode() >= 0x20 || c == u'\n', qPrintable(run.stderrText));

        // A finding with a line but no row starts with the line, not with a stray separator.
        writeFile(dir.filePath(QStringLiteral("open.csv")), "ds,y\n2020-01-01,\"5\n2020-01-02,6\n");
        const Run open = runCli({QStringLiteral("forecast"), QStringLiteral("open.csv"),
                                 QStringLiteral("--horizon"), QStringLiteral("3"),
                                 QStringLiteral("-o"), QStringLiteral("out2.csv")},
                                dir.path());
        for (const QString &line : open.stderrText.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(!line.startsWith(u' ') && !line.startsWith(u','), qPrintable(line));
    }

    void crossValidationCommand()
    {
        if (sharedDir().isEmpty())
            QSKIP("../shared/reference is not on this machine; the CV comparison needs it.");
        QTemporaryDir dir;
        const QString data =
            sharedDir() + QStringLiteral("/reference/data/example_wp_log_peyton_manning.csv");
        const Run run =
            runCli({QStringLiteral("cv"), data, QStringLiteral("--initial"), QStringLiteral("730d"),
                    QStringLiteral("--period"), QStringLiteral("180d"), QStringLiteral("--horizon"),
                    QStringLiteral("365d"), QStringLiteral("-o"), QStringLiteral("metrics.csv"),
                    QStringLiteral("--folds"), QStringLiteral("folds.csv")},
                   dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        const CsvTable folds = CsvTable::read(dir.filePath(QStringLiteral("folds.csv")));
        const CsvTable rFolds = CsvTable::read(
            sharedDir() + QStringLiteral("/reference/cases/peyton_cv/cross_validation.csv"));
        QCOMPARE(folds.rows.size(), rFolds.rows.size());
        QCOMPARE(folds.dates(QStringLiteral("cutoff")), rFolds.dates(QStringLiteral("cutoff")));
        const CsvTable metrics = CsvTable::read(dir.filePath(QStringLiteral("metrics.csv")));
        const CsvTable rMetrics = CsvTable::read(
            sharedDir() + QStringLiteral("/reference/cases/peyton_cv/cv_metrics.csv"));
        QCOMPARE(metrics.numbers(QStringLiteral("horizon_days")),
                 rMetrics.numbers(QStringLiteral("horizon_days")));
        // The tolerance of the engine's cross-validation test (tst_crossvalidation): the mean
        // metrics follow the forecasts, which agree with R's within 1 % of the range of y.
        for (const char *name : {"mse", "rmse", "mae", "mape", "smape"}) {
            const std::vector<double> ours = metrics.numbers(QLatin1String(name));
            const std::vector<double> theirs = rMetrics.numbers(QLatin1String(name));
            for (std::size_t i = 0; i < theirs.size(); ++i)
                QVERIFY2(std::abs(ours[i] / theirs[i] - 1.0) <= 0.03, name);
        }
        QVERIFY(metrics.columnIndex(QStringLiteral("mae_vs_seasonal_naive")) > 0);
    }

    void holidaysCommand()
    {
        QProcess process;
        process.start(QStringLiteral(PROGNOS_CLI_PATH),
                      {QStringLiteral("holidays"), QStringLiteral("--country"),
                       QStringLiteral("US"), QStringLiteral("--from"), QStringLiteral("2050"),
                       QStringLiteral("--to"), QStringLiteral("2050")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(out.startsWith(QStringLiteral("ds,holiday\r\n")) ||
                out.startsWith(QStringLiteral("ds,holiday\n")));
        QVERIFY(out.contains(QStringLiteral("2050-11-24,Thanksgiving")));
        QVERIFY(out.contains(QStringLiteral("2050-07-04,Independence Day")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
