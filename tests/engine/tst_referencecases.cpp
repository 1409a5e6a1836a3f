// Agreement with R Prophet 1.0 on every case of ../shared/reference/cases (the acceptance of
// issue #2): exact prediction from R's parameters, an optimum at least as good as Stan's,
// and forecasts within the stated tolerances of R's.
#include "referencecase.h"

#include "engine/prophet.h"
#include "holidays/holidaycalendar.h"

#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace prognos;
using namespace prognos::testing;

namespace {

bool isBandColumn(const QString &name)
{
    return name.endsWith(QLatin1String("_lower")) || name.endsWith(QLatin1String("_upper"));
}

} // namespace

class TestReferenceCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (sharedDir().isEmpty())
            QSKIP("../shared/reference is not on this machine (PROGNOS_SHARED_DIR unset); the "
                  "reference comparisons need it.");
    }

    void predictionFromRParameters_data() { caseRows(); }
    void predictionFromRParameters()
    {
        QFETCH(QString, caseName);
        const ReferenceCase c = ReferenceCase::load(caseName);
        FitOptions options;
        options.skipOptimization = true;
        ProphetConfig config = c.config;
        config.uncertaintySamples = 0;
        const FitResult prepared = Prophet::fit(config, c.history, options);
        QVERIFY2(prepared.ok(), prepared.message.c_str());
        FittedModel model = *prepared.model;
        model.params = c.rParameters(model);
        QVERIFY2(model.params.beta.allFinite(), "every R feature has a column of the same name");
        QCOMPARE(model.featureNames.size(),
                 std::size_t(c.rParams.value("feature_names").toArray().size()));

        const PredictResult predicted = Prophet::predict(model, c.future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        QCOMPARE(f.size(), c.rProphet.rows.size());
        const double tolerance = 1e-9 * rangeOf(c.history.y);
        int compared = 0;
        for (const QString &column : c.rProphet.header) {
            if (column == QLatin1String("ds") || isBandColumn(column))
                continue;
            const std::vector<double> *ours = f.column(column.toStdString());
            QVERIFY2(ours, qPrintable(QStringLiteral("column %1 is predicted").arg(column)));
            const std::vector<double> theirs = c.rProphet.numbers(column);
            double worst = 0;
            for (std::size_t i = 0; i < theirs.size(); ++i)
                worst = std::max(worst, std::abs((*ours)[i] - theirs[i]));
            QVERIFY2(worst <= tolerance,
                     qPrintable(QStringLiteral("%1 differs by %2").arg(column).arg(worst)));
            ++compared;
        }
        QVERIFY(compared >= 4);
    }

    void logPosteriorAtROptimum_data() { caseRows(); }
    void logPosteriorAtROptimum()
    {
        QFETCH(QString, caseName);
        const ReferenceCase c = ReferenceCase::load(caseName);
        FitOptions options;
        options.skipOptimization = true;
        const FitResult prepared = Prophet::fit(c.config, c.history, options);
        QVERIFY2(prepared.ok(), prepared.message.c_str());
        const double ours = Prophet::logPosterior(*prepared.model, c.rParameters(*prepared.model));
        const double theirs =
            c.rParams.value("stan").toObject().value("log_posterior_at_optimum").toDouble();
        QVERIFY2(
            std::abs(ours - theirs) <= 1e-9 * std::abs(theirs),
            qPrintable(
                QStringLiteral("lp %1 vs R %2").arg(ours, 0, 'g', 15).arg(theirs, 0, 'g', 15)));
    }

    void fitAgreesWithR_data() { caseRows(); }
    void fitAgreesWithR()
    {
        QFETCH(QString, caseName);
        const ReferenceCase c = ReferenceCase::load(caseName);
        const FitResult fit = Prophet::fit(c.config, c.history);
        QVERIFY2(fit.ok(), fit.message.c_str());

        // The optimum is at least as good as Stan's.
        const double rLp =
            c.rParams.value("stan").toObject().value("log_posterior_at_optimum").toDouble();
        QVERIFY2(fit.model->logPosterior >= rLp - 1e-6 * std::abs(rLp),
                 qPrintable(QStringLiteral("lp %1 below R's %2 (%3)")
                                .arg(fit.model->logPosterior, 0, 'g', 12)
                                .arg(rLp, 0, 'g', 12)
                                .arg(QString::fromStdString(fit.model->algorithmUsed))));

        // The forecast agrees with R's.
        const PredictResult predicted = Prophet::predict(*fit.model, c.future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::vector<double> &yhat = *predicted.forecast.column("yhat");
        const std::vector<double> rYhat = c.rProphet.numbers(QStringLiteral("yhat"));
        const double range = rangeOf(c.history.y);
        double worst = 0;
        double squares = 0;
        for (std::size_t i = 0; i < rYhat.size(); ++i) {
            const double d = std::abs(yhat[i] - rYhat[i]);
            worst = std::max(worst, d);
            squares += d * d;
        }
        const double rms = std::sqrt(squares / double(rYhat.size()));
        qInfo("%s: max %.2e, rms %.2e of the range; lp %.6f vs R %.6f", qPrintable(caseName),
              worst / range, rms / range, fit.model->logPosterior, rLp);
        QVERIFY2(worst <= 0.01 * range,
                 qPrintable(QStringLiteral("max |Δyhat| %1 of range").arg(worst / range)));
        QVERIFY2(rms <= 0.0025 * range,
                 qPrintable(QStringLiteral("RMS Δyhat %1 of range").arg(rms / range)));

        // Interval widths within 10 % of R's on average.
        const std::vector<double> &lower = *predicted.forecast.column("yhat_lower");
        const std::vector<double> &upper = *predicted.forecast.column("yhat_upper");
        const std::vector<double> rLower = c.rProphet.numbers(QStringLiteral("yhat_lower"));
        const std::vector<double> rUpper = c.rProphet.numbers(QStringLiteral("yhat_upper"));
        double ours = 0;
        double theirs = 0;
        for (std::size_t i = 0; i < rLower.size(); ++i) {
            ours += upper[i] - lower[i];
            theirs += rUpper[i] - rLower[i];
        }
        qInfo("%s: mean interval width ratio %.4f", qPrintable(caseName), ours / theirs);
        QVERIFY2(std::abs(ours / theirs - 1.0) <= 0.10,
                 qPrintable(QStringLiteral("width ratio %1").arg(ours / theirs)));
    }

    // Issue #8: Prognos's own US calendar instead of R's expanded table gives R's forecast.
    void countryHolidaysFromTheCalendar()
    {
        const ReferenceCase c = ReferenceCase::load(QStringLiteral("peyton_holidays"),
                                                    ReferenceCase::CountryHolidays::Calendar);
        QCOMPARE(c.config.countryHolidays, std::string("US"));
        QCOMPARE(c.config.holidays.size(), std::size_t(17)); // the user's playoffs and superbowls
        FitOptions options;
        options.countryHolidays = HolidayCalendar::provider();
        const FitResult fit = Prophet::fit(c.config, c.history, options);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const QJsonArray rNames = c.rParams.value("feature_names").toArray();
        QCOMPARE(fit.model->featureNames.size(), std::size_t(rNames.size()));
        const PredictResult predicted = Prophet::predict(*fit.model, c.future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const std::vector<double> &yhat = *predicted.forecast.column("yhat");
        const std::vector<double> rYhat = c.rProphet.numbers(QStringLiteral("yhat"));
        const double range = rangeOf(c.history.y);
        double worst = 0;
        for (std::size_t i = 0; i < rYhat.size(); ++i)
            worst = std::max(worst, std::abs(yhat[i] - rYhat[i]));
        QVERIFY2(worst <= 0.01 * range, qPrintable(QString::number(worst / range)));
        // Every holiday component of R is there and agrees.
        for (const QString &name : {QStringLiteral("Thanksgiving"), QStringLiteral("holidays")}) {
            const std::vector<double> ours = *predicted.forecast.column(name.toStdString());
            const std::vector<double> theirs = c.rProphet.numbers(name);
            double diff = 0;
            for (std::size_t i = 0; i < theirs.size(); ++i)
                diff = std::max(diff, std::abs(ours[i] - theirs[i]));
            QVERIFY2(diff <= 0.01 * range, qPrintable(name));
        }
    }

private:
    void caseRows()
    {
        QTest::addColumn<QString>("caseName");
        for (const QString &name : ReferenceCase::names())
            QTest::newRow(qPrintable(name)) << name;
    }
};

QTEST_GUILESS_MAIN(TestReferenceCases)
#include "tst_referencecases.moc"
