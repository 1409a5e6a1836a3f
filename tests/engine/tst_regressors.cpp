// Extra regressors as the upstream Prophet tests assert them (model document §19.6):
// standardization (§3.5), prior scales and modes (§8), their columns and the predicted
// components (§9.2, §11.2).
#include "enginetestdata.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

namespace {

/// The test series with four regressors: binary (0 then 1), numeric 0..509, the same numeric
/// values as a multiplicative regressor, and binary2 (100 ones, then zeros).
TimeSeries withRegressors(const TimeSeries &series)
{
    TimeSeries data = series;
    for (std::size_t i = 0; i < data.size(); ++i) {
        data.columns["binary_feature"].push_back(i < 255 ? 0.0 : 1.0);
        data.columns["numeric_feature"].push_back(double(i));
        data.columns["numeric_feature2"].push_back(double(i));
        data.columns["binary_feature2"].push_back(i < 100 ? 1.0 : 0.0);
    }
    return data;
}

ProphetConfig fourRegressors()
{
    ProphetConfig config;
    config.regressors = {
        {"binary_feature", 0.2, Standardize::Auto, {}},
        {"numeric_feature", 0.5, Standardize::Auto, {}},
        {"numeric_feature2", 0.5, Standardize::Auto, ComponentMode::Multiplicative},
        {"binary_feature2", {}, Standardize::Yes, {}},
    };
    return config;
}

const ResolvedRegressor *regressorOf(const FittedModel &model, const std::string &name)
{
    for (const ResolvedRegressor &r : model.regressors) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestRegressors : public QObject
{
    Q_OBJECT

private slots:
    void missingColumnIsAnError()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const FitResult fit = Prophet::fit(fourRegressors(), series);
        QCOMPARE(fit.status, Status::InvalidInput);
        QVERIFY2(QString::fromStdString(fit.message).contains(QStringLiteral("binary_feature")),
                 fit.message.c_str());
    }

    void standardization()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const TimeSeries data = withRegressors(series);
        std::string message;
        const auto model = prepareModel(fourRegressors(), data, &message);
        QVERIFY2(model, message.c_str());

        const ResolvedRegressor *binary = regressorOf(*model, "binary_feature");
        QVERIFY(binary);
        QCOMPARE(binary->priorScale, 0.2);
        QCOMPARE(binary->mu, 0.0);
        QCOMPARE(binary->std, 1.0);
        QVERIFY(binary->standardize == Standardize::Auto);
        QVERIFY(binary->mode == ComponentMode::Additive);

        const ResolvedRegressor *numeric = regressorOf(*model, "numeric_feature");
        QVERIFY(numeric);
        QCOMPARE(numeric->priorScale, 0.5);
        QCOMPARE(numeric->mu, 254.5);
        QVERIFY(std::abs(numeric->std - 147.368585) < 1e-6);

        const ResolvedRegressor *numeric2 = regressorOf(*model, "numeric_feature2");
        QVERIFY(numeric2);
        QVERIFY(numeric2->mode == ComponentMode::Multiplicative);

        const ResolvedRegressor *binary2 = regressorOf(*model, "binary_feature2");
        QVERIFY(binary2);
        QCOMPARE(binary2->priorScale, 10.0);
        QVERIFY(std::abs(binary2->mu - 0.1960784) < 1e-7);
        QVERIFY(std::abs(binary2->std - 0.3974183) < 1e-7);

        // The set-up values of row 0.
        const Eigen::MatrixXd X = featuresOf(*model, data);
        QCOMPARE(X(0, featureIndex(*model, "binary_feature")), 0.0);
        QVERIFY(std::abs(X(0, featureIndex(*model, "numeric_feature")) + 1.726962) < 1e-6);
        QVERIFY(std::abs(X(0, featureIndex(*model, "binary_feature2")) - 2.022859) < 1e-6);
    }

    void featureColumns()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const auto model = prepareModel(fourRegressors(), withRegressors(series));
        QVERIFY(model);
        QCOMPARE(model->featureNames.size(), std::size_t(30)); // 20 yearly, 6 weekly, 4
        for (const ResolvedRegressor &r : model->regressors) {
            const int column = featureIndex(*model, r.name);
            QVERIFY(column >= 0);
            QCOMPARE(componentOf(*model, r.name)->columns, std::vector<int>{column});
            QCOMPARE(model->priorScales[column], r.priorScale);
        }
    }

    void predictedComponents()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        const FitResult fit = Prophet::fit(fourRegressors(), withRegressors(series));
        QVERIFY2(fit.ok(), fit.message.c_str());

        TimeSeries future;
        future.ds = {isoDate("2014-06-01")};
        future.columns = {
            {"binary_feature", {0}}, {"numeric_feature", {10}}, {"numeric_feature2", {10}}};
        const PredictResult incomplete = Prophet::predict(*fit.model, future);
        QCOMPARE(incomplete.status, Status::InvalidInput);
        QVERIFY2(
            QString::fromStdString(incomplete.message).contains(QStringLiteral("binary_feature2")),
            incomplete.message.c_str());

        future.columns["binary_feature2"] = {1};
        const PredictResult predicted = Prophet::predict(*fit.model, future);
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;
        QCOMPARE(f.columnNames().size(), std::size_t(37));
        auto value = [&](const char *name) {
            const std::vector<double> *column = f.column(name);
            return column ? column->at(0) : NAN;
        };
        const double tolerance = 1e-9 * 72.03;
        QCOMPARE(value("binary_feature"), 0.0);
        QVERIFY(std::abs(value("extra_regressors_additive") -
                         (value("numeric_feature") + value("binary_feature2") +
                          value("binary_feature"))) < tolerance);
        QVERIFY(std::abs(value("extra_regressors_multiplicative") - value("numeric_feature2")) <
                1e-12);
        QVERIFY(std::abs(value("additive_terms") -
                         (value("yearly") + value("weekly") + value("extra_regressors_additive"))) <
                tolerance);
        QVERIFY(std::abs(value("multiplicative_terms") - value("extra_regressors_multiplicative")) <
                1e-12);
        QVERIFY(std::abs(value("yhat") - (value("trend") * (1 + value("multiplicative_terms")) +
                                          value("additive_terms"))) < tolerance);
        QVERIFY(value("numeric_feature") != 0.0);
        QVERIFY(value("numeric_feature2") != 0.0);
    }

    void constantRegressorKeepsUnitScale()
    {
        PROGNOS_UPSTREAM_SERIES(series, "data.csv");
        TimeSeries data = series;
        data.columns["constant_feature"].assign(data.size(), 0.0);
        ProphetConfig config;
        config.regressors = {{"constant_feature", {}, Standardize::Auto, {}}};
        const auto model = prepareModel(config, data);
        QVERIFY(model);
        QCOMPARE(model->regressors[0].mu, 0.0);
        QCOMPARE(model->regressors[0].std, 1.0);

        // §3.5 step 2: fewer than 2 distinct values are never standardized, even when asked.
        data.columns["constant_feature"].assign(data.size(), 5.0);
        config.regressors[0].standardize = Standardize::Yes;
        const auto forced = prepareModel(config, data);
        QVERIFY(forced);
        QCOMPARE(forced->regressors[0].mu, 0.0);
        QCOMPARE(forced->regressors[0].std, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestRegressors)
#include "tst_regressors.moc"
