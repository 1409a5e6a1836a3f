// Invariants on random inputs: a series simulated from a known Prophet model with little
// noise is recovered (trend and each seasonal amplitude within 2 % of the truth), and scaling
// y scales the forecast.
#include "enginetestdata.h"

#include <QtTest>

using namespace prognos;
using namespace prognos::testing;

namespace {

constexpr int kRows = 1096;     // three years of days
constexpr int kChangeRow = 350; // one of the automatic candidates (rows 35·i)
const Timestamp kStart = dateOf(2019, 1, 7);

/// The truth of one simulated series, in y units.
struct Truth
{
    double level = 100;     ///< trend at the first day
    double slopeBefore = 0; ///< per day
    double slopeAfter = 0;  ///< per day
    double weeklySin = 0;   ///< weekly = weeklySin·sin(2πτ/7) + weeklyCos·cos(4πτ/7)
    double weeklyCos = 0;
    double yearlyCos = 0; ///< yearly = yearlyCos·cos(2πτ/365.25) + yearlySin·sin(4πτ/365.25)
    double yearlySin = 0;
    double noise = 0; ///< standard deviation

    double trend(int row) const
    {
        return row < kChangeRow
                   ? level + slopeBefore * row
                   : level + slopeBefore * kChangeRow + slopeAfter * (row - kChangeRow);
    }
    static double days(int row) { return double(kStart) / double(kMsPerDay) + row; }
    double weekly(int row) const
    {
        const double tau = days(row);
        return weeklySin * std::sin(2 * M_PI * tau / 7) + weeklyCos * std::cos(4 * M_PI * tau / 7);
    }
    double yearly(int row) const
    {
        const double tau = days(row);
        return yearlyCos * std::cos(2 * M_PI * tau / 365.25) +
               yearlySin * std::sin(4 * M_PI * tau / 365.25);
    }
};

/// 150 days of a random walk around 10 (fixed seed) with a weekly swing.
std::vector<double> randomWalk()
{
    NormalDraws random(99);
    std::vector<double> y;
    double level = 10;
    for (int i = 0; i < 150; ++i) {
        level += 0.3 * random.next();
        y.push_back(level + 2 * std::sin(2 * M_PI * i / 7));
    }
    return y;
}

/// Half the range of a column over the rows.
double amplitude(const std::vector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return (*hi - *lo) / 2;
}

} // namespace

Q_DECLARE_METATYPE(Truth)

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void knownModelIsRecovered_data()
    {
        QTest::addColumn<Truth>("truth");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("rise then fall") << Truth{100, 0.05, -0.03, 3, 1, 8, 4, 0.2} << quint64(11);
        QTest::newRow("fall then steeper rise")
            << Truth{200, -0.02, 0.08, 5, -2, -6, 3, 0.3} << quint64(12);
        QTest::newRow("small seasonality")
            << Truth{50, 0.01, 0.03, 1, 0.5, 2, -1, 0.05} << quint64(13);
    }
    void knownModelIsRecovered()
    {
        QFETCH(Truth, truth);
        QFETCH(quint64, seed);
        NormalDraws noise(seed);
        std::vector<double> y;
        for (int i = 0; i < kRows; ++i)
            y.push_back(truth.trend(i) + truth.weekly(i) + truth.yearly(i) +
                        truth.noise * noise.next());
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult fit = Prophet::fit(config, dailySeries(kStart, y));
        QVERIFY2(fit.ok(), fit.message.c_str());
        QCOMPARE(fit.model->changepoints[9], kStart + kChangeRow * kMsPerDay);
        const PredictResult predicted =
            Prophet::predict(*fit.model, dailySeries(kStart, std::vector<double>(kRows, 0)));
        QVERIFY2(predicted.ok(), predicted.message.c_str());
        const Forecast &f = predicted.forecast;

        // Trend: every value, and the slope on either side of the change.
        const std::vector<double> &trend = *f.column("trend");
        double worst = 0;
        for (int i = 0; i < kRows; ++i)
            worst = std::max(worst, std::abs(trend[std::size_t(i)] - truth.trend(i)) /
                                        std::abs(truth.trend(i)));
        QVERIFY2(worst <= 0.02, qPrintable(QStringLiteral("trend off by %1").arg(worst)));
        const double before = (trend[kChangeRow] - trend[0]) / kChangeRow;
        const double after = (trend[kRows - 1] - trend[kChangeRow]) / (kRows - 1 - kChangeRow);
        qInfo("slopes %.5f, %.5f (true %.5f, %.5f); trend within %.2e", before, after,
              truth.slopeBefore, truth.slopeAfter, worst);
        // The change over each segment, against the range the true trend covers.
        const double trendRange = std::abs(truth.trend(kRows - 1) - truth.trend(kChangeRow)) +
                                  std::abs(truth.trend(kChangeRow) - truth.trend(0));
        QVERIFY(std::abs(before - truth.slopeBefore) * kChangeRow <= 0.02 * trendRange);
        QVERIFY(std::abs(after - truth.slopeAfter) * (kRows - 1 - kChangeRow) <= 0.02 * trendRange);

        // Seasonal amplitudes.
        std::vector<double> weekly;
        std::vector<double> yearly;
        for (int i = 0; i < kRows; ++i) {
            weekly.push_back(truth.weekly(i));
            yearly.push_back(truth.yearly(i));
        }
        const double weeklyFit = amplitude(*f.column("weekly"));
        const double yearlyFit = amplitude(*f.column("yearly"));
        qInfo("amplitudes: weekly %.4f (true %.4f), yearly %.4f (true %.4f)", weeklyFit,
              amplitude(weekly), yearlyFit, amplitude(yearly));
        QVERIFY(std::abs(weeklyFit - amplitude(weekly)) <= 0.02 * amplitude(weekly));
        QVERIFY(std::abs(yearlyFit - amplitude(yearly)) <= 0.02 * amplitude(yearly));
    }

    void scalingYScalesTheForecast_data()
    {
        QTest::addColumn<double>("factor");
        QTest::newRow("x 2") << 2.0; // a power of two: the scaled series is bit-identical
        QTest::newRow("x 1000") << 1000.0;
        QTest::newRow("x 0.001") << 0.001;
        QTest::newRow("x -3") << -3.0;
    }
    void scalingYScalesTheForecast()
    {
        // With absmax scaling the model sees the same scaled series (up to rounding), so the
        // optimum is the same and the forecast scales with y.
        QFETCH(double, factor);
        const std::vector<double> y = randomWalk();
        std::vector<double> scaled = y;
        for (double &v : scaled)
            v *= factor;
        ProphetConfig config;
        config.uncertaintySamples = 0;
        const FitResult a = Prophet::fit(config, dailySeries(kStart, y));
        const FitResult b = Prophet::fit(config, dailySeries(kStart, scaled));
        QVERIFY(a.ok() && b.ok());

        // Newton's method reaches the same optimum for both.
        config.algorithm = Algorithm::Newton;
        const double newtonA = Prophet::fit(config, dailySeries(kStart, y)).model->logPosterior;
        const double newtonB =
            Prophet::fit(config, dailySeries(kStart, scaled)).model->logPosterior;
        QVERIFY(std::abs(newtonA - newtonB) <= 1e-7 * std::abs(newtonA));

        const double range = amplitude(y) * 2;
        auto worstDifference = [&](const TimeSeries &frame) {
            const PredictResult pa = Prophet::predict(*a.model, frame);
            const PredictResult pb = Prophet::predict(*b.model, frame);
            double worst = 0;
            for (std::size_t i = 0; i < frame.size(); ++i)
                worst = std::max(worst, std::abs(pb.forecast.column("yhat")->at(i) / factor -
                                                 pa.forecast.column("yhat")->at(i)));
            return worst / range;
        };
        const double inSample = worstDifference(a.model->history);
        const double future =
            worstDifference(Prophet::makeFutureFrame(*a.model, 30, Frequency{}, false));
        const double lpA = a.model->logPosterior;
        const double lpB = b.model->logPosterior;
        qInfo("max |yhat(c·y)/c - yhat(y)|: %.2e (history), %.2e (30 days ahead) of the range; "
              "lp %.8f vs %.8f (Newton %.8f)",
              inSample, future, lpA, lpB, newtonA);
        if (std::exp2(std::round(std::log2(std::abs(factor)))) == std::abs(factor)) {
            QCOMPARE(lpB, lpA);
            QCOMPARE(future, 0.0);
            return;
        }

        // TODO(#2): L-BFGS (with its polish) stops short of the optimum at a point that
        // depends on the rounding of the input: this series gives log posteriors 405.50 to
        // 405.91 where Newton reaches 407.54, and forecasts up to 1.4 % of the range apart
        // (beyond the 1 % agreement bar). Stan's own end point is path-dependent too (model
        // document §18.2), so this may be parity by design; reaching the optimum would make
        // the forecast scale exactly with y.
        QEXPECT_FAIL("", "TODO(#2): the L-BFGS end point depends on input rounding", Continue);
        QVERIFY2(
            std::abs(lpA - lpB) <= 1e-6 * std::abs(lpA),
            qPrintable(QStringLiteral("lp %1 vs %2").arg(lpA, 0, 'g', 12).arg(lpB, 0, 'g', 12)));
        QEXPECT_FAIL("", "TODO(#2): the L-BFGS end point depends on input rounding", Continue);
        QVERIFY2(inSample <= 1e-6, qPrintable(QString::number(inSample)));
        QEXPECT_FAIL("", "TODO(#2): the L-BFGS end point depends on input rounding", Continue);
        QVERIFY2(future <= 1e-6, qPrintable(QString::number(future)));
    }

    void lbfgsReachesTheOptimum()
    {
        // On 150 rows both optimizers apply; the MAP estimate is one point.
        ProphetConfig config;
        config.uncertaintySamples = 0;
        config.algorithm = Algorithm::Lbfgs;
        const FitResult lbfgs = Prophet::fit(config, dailySeries(kStart, randomWalk()));
        config.algorithm = Algorithm::Newton;
        const FitResult newton = Prophet::fit(config, dailySeries(kStart, randomWalk()));
        QVERIFY(lbfgs.ok() && newton.ok());
        const double lpLbfgs = lbfgs.model->logPosterior;
        const double lpNewton = newton.model->logPosterior;
        qInfo("lp: L-BFGS %.8f, Newton %.8f", lpLbfgs, lpNewton);
        // TODO(#2): see scalingYScalesTheForecast: L-BFGS ends 2.0 below Newton's optimum.
        QEXPECT_FAIL("", "TODO(#2): L-BFGS stops short of the optimum on this series", Continue);
        QVERIFY2(lpLbfgs >= lpNewton - 1e-6 * std::abs(lpNewton),
                 qPrintable(QStringLiteral("L-BFGS %1, Newton %2")
                                .arg(lpLbfgs, 0, 'g', 12)
                                .arg(lpNewton, 0, 'g', 12)));
    }
};

QTEST_APPLESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
