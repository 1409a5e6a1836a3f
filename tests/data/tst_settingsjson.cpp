#include "casefiles.h"

#include "data/dataimporter.h"
#include "data/settingsjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace prognos;
using namespace casefiles;

class TestSettingsJson : public QObject
{
    Q_OBJECT

private slots:
    void importSectionRoundTrips();
    void cleaningSectionRoundTrips();
    void unknownKeysAndValuesWarn_data();
    void unknownKeysAndValuesWarn();
    void settingsFileDrivesTheImport();
};

void TestSettingsJson::importSectionRoundTrips()
{
    ImportSettings settings;
    settings.csv.encoding = TextEncoding::Windows1252;
    settings.csv.delimiter = u'\t';
    settings.csv.header = CsvOptions::Header::Present;
    settings.csv.maxBytes = 1000;
    settings.roles.ds = u"Datum"_qs;
    settings.roles.y = u"Menge"_qs;
    settings.roles.group = u"Region"_qs;
    settings.roles.regressors = {u"promo"_qs};
    settings.columnTypes[u"Datum"_qs].dateFormat = DateFormat::DayMonthYearDot;
    settings.columnTypes[u"Menge"_qs].decimalMark = u',';

    QStringList warnings;
    const ImportSettings back =
        SettingsJson::importSettings(SettingsJson::toJson(settings), warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(back.csv.encoding, settings.csv.encoding);
    QCOMPARE(back.csv.delimiter, settings.csv.delimiter);
    QCOMPARE(back.csv.header, settings.csv.header);
    QCOMPARE(back.csv.maxBytes, settings.csv.maxBytes);
    QCOMPARE(back.roles.ds, settings.roles.ds);
    QCOMPARE(back.roles.y, settings.roles.y);
    QCOMPARE(back.roles.group, settings.roles.group);
    QCOMPARE(back.roles.regressors, settings.roles.regressors);
    QCOMPARE(back.columnTypes.value(u"Datum"_qs).dateFormat, DateFormat::DayMonthYearDot);
    QCOMPARE(back.columnTypes.value(u"Menge"_qs).decimalMark, QChar(u','));
}

void TestSettingsJson::cleaningSectionRoundTrips()
{
    const CleaningPipeline pipeline({
        CleaningStep::aggregateDuplicates(CleaningStep::Aggregator::Sum),
        CleaningStep::excludeOutliers({45}),
        CleaningStep::fillMissing(CleaningStep::Fill::Linear),
        CleaningStep::transformValues(ValueTransform::Kind::Log1p),
        CleaningStep::resample(*Frequency::fromPandasAlias("MS"), CleaningStep::Aggregator::Mean),
        CleaningStep::dateRange(date(2024, 1, 1), std::nullopt),
        CleaningStep::selectGroup(u"North"_qs),
    });
    QStringList warnings;
    const CleaningPipeline back =
        SettingsJson::cleaningPipeline(SettingsJson::toJson(pipeline), warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(back.steps().size(), pipeline.steps().size());
    for (qsizetype i = 0; i < back.steps().size(); ++i)
        QCOMPARE(back.steps()[i].describe(), pipeline.steps()[i].describe());
    QCOMPARE(back.steps()[1].rows, QList<int>{45});
    QCOMPARE(back.steps()[4].frequency, *Frequency::fromPandasAlias("MS"));
    QCOMPARE(back.steps()[5].from, std::optional<Timestamp>(date(2024, 1, 1)));
    QVERIFY(!back.steps()[5].to);
}

void TestSettingsJson::unknownKeysAndValuesWarn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("steps");
    QTest::newRow("clean") << QByteArray(R"({"import": {"encoding": "utf-8"}, "cleaning": []})")
                           << 0 << 0;
    QTest::newRow("unknown import key") << QByteArray(R"({"import": {"colour": "red"}})") << 1 << 0;
    QTest::newRow("unknown encoding")
        << QByteArray(R"({"import": {"encoding": "ebcdic"}})") << 1 << 0;
    QTest::newRow("bad delimiter") << QByteArray(R"({"import": {"delimiter": "#"}})") << 1 << 0;
    QTest::newRow("bad date format")
        << QByteArray(R"({"import": {"columns": {"ds": {"date_format": "YY"}}}})") << 1 << 0;
    QTest::newRow("unknown step")
        << QByteArray(
               R"({"cleaning": [{"step": "smooth"}, {"step": "fill_missing", "method": "zero"}]})")
        << 1 << 1;
    QTest::newRow("resample without frequency")
        << QByteArray(R"({"cleaning": [{"step": "resample"}]})") << 1 << 0;
    QTest::newRow("bad range date")
        << QByteArray(R"({"cleaning": [{"step": "date_range", "from": "31/01/2024"}]})") << 1 << 1;
}

void TestSettingsJson::unknownKeysAndValuesWarn()
{
    QFETCH(QByteArray, json);
    QFETCH(int, warnings);
    QFETCH(int, steps);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QStringList found;
    SettingsJson::importSettings(root.value(u"import"_qs).toObject(), found);
    const CleaningPipeline pipeline =
        SettingsJson::cleaningPipeline(root.value(u"cleaning"_qs).toArray(), found);
    QCOMPARE(found.size(), warnings);
    QCOMPARE(pipeline.steps().size(), steps);
}

void TestSettingsJson::settingsFileDrivesTheImport()
{
    QByteArray bytes = "ds,y\n";
    for (int d = 1; d <= 12; ++d)
        bytes += "01/" + QByteArray::number(d).rightJustified(2, '0') + "/2023," +
                 QByteArray::number(d) + '\n';
    const QJsonObject root = QJsonDocument::fromJson(R"({
        "import": {"columns": {"ds": {"date_format": "DD/MM/YYYY"}}},
        "cleaning": [{"step": "date_range", "to": "2023-03-01"}]
    })")
                                 .object();
    QStringList warnings;
    const ImportResult result = DataImporter::import(
        bytes, SettingsJson::importSettings(root.value(u"import"_qs).toObject(), warnings));
    QVERIFY(result.ok());
    const CleaningResult cleaned =
        SettingsJson::cleaningPipeline(root.value(u"cleaning"_qs).toArray(), warnings)
            .apply(result.series);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(cleaned.series.ds,
             (std::vector<Timestamp>{date(2023, 1, 1), date(2023, 2, 1), date(2023, 3, 1)}));
}

QTEST_GUILESS_MAIN(TestSettingsJson)
#include "tst_settingsjson.moc"
