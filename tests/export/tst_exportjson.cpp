#include "exporttestdata.h"

#include "export/reportjson.h"

#include "settings/pipelinejson.h"
#include "settings/settingsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace prognos;
using namespace prognos::testing;

class TestExportJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_data = makeReportData(true); }
    void parsesWithEverySection();
    void fittedParametersHaveFeatureNames();
    void settingsReproduceTheForecast();
    void rawDataOnlyWhenAsked();

private:
    QJsonObject parsed(bool includeRawData) const;

    ReportData m_data;
};

QJsonObject TestExportJson::parsed(bool includeRawData) const
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(ReportJson::toBytes(m_data, includeRawData), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestExportJson::parsesWithEverySection()
{
    const QJsonObject json = parsed(false);
    for (const char *section :
         {"app", "engine", "settings", "import", "cleaning", "quality", "fit", "changepoints",
          "forecast", "components", "cross_validation", "warnings"}) {
        QVERIFY2(json.contains(QLatin1String(section)), section);
    }
    QVERIFY(!json.value("app").toObject().value("version").toString().isEmpty());
    QVERIFY(!json.value("engine").toObject().value("version").toString().isEmpty());
    QCOMPARE(json.value("changepoints").toArray().size(),
             qsizetype(m_data.model->changepoints.size()));
    const QJsonObject forecast = json.value("forecast").toObject();
    QCOMPARE(forecast.value("yhat").toArray().size(), qsizetype(m_data.forecast.size()));
    QCOMPARE(forecast.value("yhat").toArray().at(3).toDouble(),
             m_data.forecast.column("yhat")->at(3));
    QVERIFY(json.value("components").toObject().contains("weekly"));
    QVERIFY(json.value("cross_validation").toObject().value("metrics").toObject().contains("mae"));
    QCOMPARE(json.value("warnings").toArray().first().toString(), m_data.warnings.first());
    QCOMPARE(json.value("cleaning").toObject().value("steps").toArray().size(), 1);
    QVERIFY(!json.value("quality").toObject().value("findings").isUndefined());
    QCOMPARE(json.value("import").toObject().value("notes").toArray().size(), 1);
}

void TestExportJson::fittedParametersHaveFeatureNames()
{
    const QJsonObject params = parsed(false).value("fit").toObject().value("params").toObject();
    for (const char *key : {"k", "m", "delta", "sigma_obs", "beta"})
        QVERIFY2(params.contains(QLatin1String(key)), key);
    QCOMPARE(params.value("k").toDouble(), m_data.model->params.k);
    QCOMPARE(params.value("delta").toArray().size(), qsizetype(m_data.model->params.delta.size()));
    const QJsonObject beta = params.value("beta").toObject();
    QCOMPARE(beta.size(), qsizetype(m_data.model->featureNames.size()));
    QCOMPARE(beta.value(QString::fromStdString(m_data.model->featureNames[0])).toDouble(),
             m_data.model->params.beta[0]);
}

void TestExportJson::settingsReproduceTheForecast()
{
    const QJsonObject settings = parsed(false).value("settings").toObject();
    QStringList warnings;
    QStringList errors;
    const ProphetConfig config = SettingsJson::readModel(settings, warnings, errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const HorizonSettings horizon = SettingsJson::readHorizon(settings, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(horizon.periods, m_data.horizon);
    PipelineJson::readCleaning(settings.value("cleaning").toArray(), errors);
    QVERIFY(errors.isEmpty());

    const Forecast refitted = fitAndPredict(config, m_data.actuals, horizon.periods);
    QCOMPARE(refitted.ds, m_data.forecast.ds);
    for (const char *column : {"yhat", "yhat_lower", "yhat_upper"})
        QCOMPARE(*refitted.column(column), *m_data.forecast.column(column));
}

void TestExportJson::rawDataOnlyWhenAsked()
{
    QVERIFY(!parsed(false).contains("raw_data"));
    const QJsonObject raw = parsed(true).value("raw_data").toObject();
    QCOMPARE(raw.value("y").toArray().size(), qsizetype(m_data.rawData->size()));
    QCOMPARE(raw.value("y").toArray().at(0).toDouble(), m_data.rawData->y[0]);
    QVERIFY(ReportJson::rawDataWarning().contains(QLatin1String("your data")));
}

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_exportjson.moc"
