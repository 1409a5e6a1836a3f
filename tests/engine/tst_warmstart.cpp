// Warm start (§19.7) and regressor coefficients (§16, §19.9) of the model document.
#include "enginetestdata.h"

#include "engine/prophet.h"
#include "engine/randomstream.h"

#include <QtTest>

#include <cmath>

using namespace prognos;
using namespace prognos::testing;

namespace {

TimeSeries series(int rows)
{
    TimeSeries s;
    RandomStream random(11);
    for (int i = 0; i < rows; ++i) {
        s.ds.push_back(dateOf(2020, 1, 1) + i * kMsPerDay);
        s.y.push_back(20 + 0.05 * i + 3 * std::sin(2 * M_PI * i / 7) + random.normal());
    }
    return s;
}

} // namespace

class TestWarmStart : public QObject
{
    Q_OBJECT

private slots:
    void warmStartFromAFitOnFewerRows()
    {
        // Fit 500 rows, then 510 rows starting from the first fit's parameters.
        const TimeSeries all = series(510);
        TimeSeries first = all;
        first.ds.resize(500);
        first.y.resize(500);
        const FitResult cold = Prophet::fit(ProphetConfig{}, first);
        QVERIFY2(cold.ok(), cold.message.c_str());
        FitOptions options;
        options.initialParameters = cold.model->params;
        const FitResult warm = Prophet::fit(ProphetConfig{}, all, options);
        QVERIFY2(warm.ok(), warm.message.c_str());
        QCOMPARE(warm.model->params.delta.size(), Eigen::Index(25));
        // It ends where a cold fit of the same rows ends, to the agreement bar.
        const FitResult reference = Prophet::fit(ProphetConfig{}, all);
        QVERIFY(warm.model->logPosterior >=
                reference.model->logPosterior - 1e-4 * std::abs(reference.model->logPosterior));
    }

    void initOfTheWrongShapeIsIgnored()
    {
        ModelParameters wrong;
        wrong.k = std::nan("");
        wrong.m = std::nan("");
        wrong.delta = Eigen::VectorXd::Ones(3); // the model has 25
        wrong.beta = Eigen::VectorXd::Ones(2);
        FitOptions options;
        options.initialParameters = wrong;
        const FitResult warm = Prophet::fit(ProphetConfig{}, series(200), options);
        const FitResult cold = Prophet::fit(ProphetConfig{}, series(200));
        QVERIFY2(warm.ok(), warm.message.c_str());
        QCOMPARE(warm.model->logPosterior, cold.model->logPosterior);
    }

    void regressorCoefficients()
    {
        // One additive and one multiplicative N(0, 1) regressor.
        TimeSeries s = series(300);
        RandomStream random(123);
        std::vector<double> a;
        std::vector<double> m;
        for (std::size_t i = 0; i < s.size(); ++i) {
            a.push_back(random.normal());
            m.push_back(random.normal());
            s.y[i] += 2.0 * a.back();
        }
        s.columns["additive_x"] = a;
        s.columns["multiplicative_x"] = m;
        ProphetConfig config;
        config.regressors.push_back(
            {"additive_x", std::nullopt, Standardize::Auto, ComponentMode::Additive});
        config.regressors.push_back(
            {"multiplicative_x", std::nullopt, Standardize::Auto, ComponentMode::Multiplicative});
        const FitResult fit = Prophet::fit(config, s);
        QVERIFY2(fit.ok(), fit.message.c_str());
        const std::vector<RegressorCoefficient> coefs = Prophet::regressorCoefficients(*fit.model);
        QCOMPARE(coefs.size(), std::size_t(2));
        for (const RegressorCoefficient &c : coefs) {
            QCOMPARE(c.coefLower, c.coef); // MAP: no spread
            QCOMPARE(c.coefUpper, c.coef);
        }
        QCOMPARE(coefs[0].regressor, std::string("additive_x"));
        QVERIFY(coefs[0].mode == ComponentMode::Additive);
        // y rose by 2 per unit of the additive regressor.
        QVERIFY2(std::abs(coefs[0].coef - 2.0) < 0.15, qPrintable(QString::number(coefs[0].coef)));
        QVERIFY(coefs[1].mode == ComponentMode::Multiplicative);
        QVERIFY(std::abs(coefs[1].coef) < 0.05); // no multiplicative effect was put in
        const ResolvedRegressor &r = fit.model->regressors.front();
        QCOMPARE(coefs[0].center, r.mu);
    }
};

QTEST_GUILESS_MAIN(TestWarmStart)
#include "tst_warmstart.moc"
