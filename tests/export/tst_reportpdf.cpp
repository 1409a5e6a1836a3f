#include "exporttestdata.h"

#include "export/forecastsummary.h"
#include "export/reportpdf.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prognos;
using namespace prognos::testing;

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageSizeFollowsTheLocale();
    void textHoldsEverySectionAndTheSummary();
    void everyPageRendersNonBlank();
    void writesOnlyThePath();

private:
    QString run(const QString &program, const QStringList &arguments);

    ReportData m_data;
    QLocale m_locale{QLocale::English, QLocale::UnitedStates};
    QTemporaryDir m_dir;
    QString m_pdf;
};

void TestReportPdf::initTestCase()
{
    m_data = makeReportData(true);
    QVERIFY(m_dir.isValid());
    m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportPdf(m_data, m_locale).save(m_pdf, error), qPrintable(error));
}

QString TestReportPdf::run(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return QString();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReportPdf::pageSizeFollowsTheLocale()
{
    QCOMPARE(ReportPdf::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
             QPageSize::Letter);
    QCOMPARE(ReportPdf::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(),
             QPageSize::A4);
    QCOMPARE(ReportPdf::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
             QPageSize::A4);
}

void TestReportPdf::textHoldsEverySectionAndTheSummary()
{
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const char *heading : {"Summary", "Forecast", "Data quality", "Cleaning steps", "Settings",
                                "Components", "Cross-validation", "Warnings"}) {
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    }
    const ForecastSummary summary(m_data, m_locale);
    const std::size_t last = m_data.forecast.size() - 1;
    for (const char *column : {"yhat", "yhat_lower", "yhat_upper"}) {
        const QString number = summary.formatValue(m_data.forecast.column(column)->at(last));
        QVERIFY2(number.contains(QLatin1Char(',')), qPrintable(number)); // thousands grouping
        QVERIFY2(text.contains(number), qPrintable(number));
    }
    QVERIFY(text.contains(summary.formatDate(m_data.forecast.ds.back())));
    QVERIFY(text.contains(QLatin1String("80 % interval")));
    QVERIFY(text.contains(m_data.datasetName));
    QVERIFY(text.contains(QLatin1String("Page 1")));
    QVERIFY(text.contains(m_data.warnings.first()));
}

void TestReportPdf::everyPageRendersNonBlank()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), m_pdf, prefix});
    const QStringList pages =
        QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 5);
    for (const QString &page : pages) {
        const QImage image(m_dir.filePath(page));
        QVERIFY(!image.isNull());
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        }
        QVERIFY2(ink > 100, qPrintable(page));
        // Letter at 30 dpi: 8.5 x 11 inches.
        QCOMPARE(image.width(), 255);
    }
    if (!info.isEmpty())
        QVERIFY(info.contains(QStringLiteral("Pages:")));
}

void TestReportPdf::writesOnlyThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("only.pdf"));
    QString error;
    QVERIFY(ReportPdf(m_data, m_locale).save(path, error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("only.pdf")});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
