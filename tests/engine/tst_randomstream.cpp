// The random streams behind the uncertainty intervals: moments of the normal, gamma and
// beta draws, reproducibility by seed, and the type 7 percentile.
#include "engine/randomstream.h"
#include "engine/uncertaintysimulator.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace prognos;

class TestRandomStream : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameDraws()
    {
        RandomStream a(7);
        RandomStream b(7);
        RandomStream c(8);
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const double x = a.normal();
            QCOMPARE(x, b.normal());
            differs = differs || x != c.normal();
        }
        QVERIFY(differs);
    }

    void normalMoments()
    {
        RandomStream random(12345);
        constexpr int n = 2'000'000;
        double sum = 0;
        double squares = 0;
        int beyond = 0;
        int tail = 0;
        for (int i = 0; i < n; ++i) {
            const double x = random.normal();
            sum += x;
            squares += x * x;
            beyond += std::abs(x) > 1.2815515655446004; // P = 0.2
            tail += x > 3.5;                            // P = 2.3263e-4
        }
        // Standard errors: mean 7e-4, variance 1e-3, P(|x| > q90) 2.8e-4, tail 1.1e-5.
        QVERIFY(std::abs(sum / n) < 0.004);
        QVERIFY(std::abs(squares / n - 1.0) < 0.006);
        QVERIFY(std::abs(double(beyond) / n - 0.2) < 0.0015);
        QVERIFY(std::abs(double(tail) / n - 2.3263e-4) < 6e-5);
    }

    void gammaAndBetaMeans()
    {
        RandomStream random(99);
        constexpr int n = 200'000;
        double gammaSum = 0;
        double betaSum = 0;
        for (int i = 0; i < n; ++i) {
            gammaSum += random.gamma(3.5);
            betaSum += random.beta(100, 901);
        }
        QVERIFY(std::abs(gammaSum / n - 3.5) < 0.03);             // sd/sqrt(n) = 0.0042
        QVERIFY(std::abs(betaSum / n - 100.0 / 1001.0) < 0.0005); // sd/sqrt(n) = 2.1e-5
    }

    void laplaceScale()
    {
        RandomStream random(5);
        constexpr int n = 500'000;
        double absSum = 0;
        for (int i = 0; i < n; ++i)
            absSum += std::abs(random.laplace(0.25));
        QVERIFY(std::abs(absSum / n - 0.25) < 0.002); // E|x| = scale
    }

    void normalPercentilesMatchSortedDraws()
    {
        // The direct order-statistic draw and the brute-force sort of 1000 normals must give
        // the same distribution of the 10 % and 90 % percentiles.
        RandomStream random(2024);
        constexpr int direct = 20'000;
        constexpr int sorted = 3'000;
        double directSum = 0;
        double directSquares = 0;
        double directHigh = 0;
        for (int i = 0; i < direct; ++i) {
            double low = 0;
            double high = 0;
            UncertaintySimulator::normalPercentiles(random, 1000, 0.1, 0.9, low, high);
            directSum += low;
            directSquares += low * low;
            directHigh += high;
        }
        double sortedSum = 0;
        double sortedSquares = 0;
        std::vector<double> draws(1000);
        for (int i = 0; i < sorted; ++i) {
            for (double &d : draws)
                d = random.normal();
            double low = 0;
            double high = 0;
            UncertaintySimulator::percentiles(draws, 0.1, 0.9, low, high);
            sortedSum += low;
            sortedSquares += low * low;
        }
        const double directMean = directSum / direct;
        const double sortedMean = sortedSum / sorted;
        const double directSd = std::sqrt(directSquares / direct - directMean * directMean);
        const double sortedSd = std::sqrt(sortedSquares / sorted - sortedMean * sortedMean);
        // The 10 % point of N(0, 1) is −1.28155; the sd of its estimate from 1000 draws is
        // about 0.0555, so the means have standard errors of 0.0004 and 0.001.
        QVERIFY(std::abs(directMean + 1.28155) < 0.003);
        QVERIFY(std::abs(directMean - sortedMean) < 0.005);
        QVERIFY(std::abs(directHigh / direct - 1.28155) < 0.003);
        QVERIFY(std::abs(directSd / sortedSd - 1.0) < 0.08);
        QVERIFY(std::abs(directSd - 0.0555) < 0.004);
    }

    void percentileIsType7()
    {
        std::vector<double> values{4, 1, 3, 2, 5};
        QCOMPARE(UncertaintySimulator::percentile(values, 0.1), 1.4);
        values = {10, 20, 30, 40};
        QCOMPARE(UncertaintySimulator::percentile(values, 0.5), 25.0);
        values = {3, 1, 2};
        QCOMPARE(UncertaintySimulator::percentile(values, 1.0), 3.0);
        std::vector<double> many;
        for (int i = 999; i >= 0; --i)
            many.push_back(i);
        double low = 0;
        double high = 0;
        UncertaintySimulator::percentiles(many, 0.1, 0.9, low, high);
        QCOMPARE(low, 99.9);
        QCOMPARE(high, 899.1);
    }
};

QTEST_GUILESS_MAIN(TestRandomStream)
#include "tst_randomstream.moc"
