// Times fit plus predict of every reference case (median of several runs) and prints the
// forecast summary of each. Not a test: it asserts nothing and is never run by CTest.
//
//   bench_engine [--runs N] [--dump CASE FILE] [--summary] [CASE...]
//
// Without ../shared (PROGNOS_SHARED_DIR) it fits a generated three-year daily series
// instead and prints its forecast summary.
#include "referencecase.h"

#include "engine/prophet.h"
#include "engine/randomstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace prognos;
using namespace prognos::testing;

namespace {

struct Timing
{
    double fitMs = 0;
    double predictMs = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void dump(const Forecast &forecast, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream out(&file);
    const std::vector<std::string> names = forecast.columnNames();
    for (std::size_t c = 0; c < names.size(); ++c)
        out << (c ? "," : "") << QString::fromStdString(names[c]);
    out << "\n";
    for (std::size_t i = 0; i < forecast.size(); ++i) {
        out << QString::fromStdString(formatTimestamp(forecast.ds[i]));
        for (const auto &column : forecast.columns)
            out << "," << QString::number(column.second[i], 'g', 17);
        out << "\n";
    }
}

/// Three years of daily data with a trend change, weekly and yearly seasonality and noise.
TimeSeries generatedSeries()
{
    TimeSeries series;
    RandomStream random(2026);
    const std::int64_t first = CivilTime::daysFromCivil(2022, 1, 1);
    for (int i = 0; i < 3 * 365; ++i) {
        const double trend = 100.0 + 0.05 * i + (i > 700 ? 0.1 * (i - 700) : 0.0);
        const double weekly = 5.0 * std::sin(2.0 * M_PI * i / 7.0);
        const double yearly = 12.0 * std::cos(2.0 * M_PI * i / 365.25);
        series.ds.push_back((first + i) * kMsPerDay);
        series.y.push_back(trend + weekly + yearly + random.normal());
    }
    return series;
}

int summaryOfGeneratedSeries(int runs)
{
    const TimeSeries history = generatedSeries();
    std::vector<double> times;
    PredictResult predicted;
    FitResult fit;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        fit = Prophet::fit(ProphetConfig{}, history);
        if (!fit.ok()) {
            std::printf("fit failed: %s\n", fit.message.c_str());
            return 1;
        }
        const TimeSeries future = Prophet::makeFutureFrame(*fit.model, 90, Frequency{});
        predicted = Prophet::predict(*fit.model, future);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    const Forecast &f = predicted.forecast;
    std::printf("Generated daily series: %zu rows; fit + predict of 90 days with 1000 samples: "
                "%.1f ms (median of %d)\n",
                history.size(), median(times), runs);
    std::printf("%-12s %10s %10s %10s\n", "ds", "yhat", "yhat_lower", "yhat_upper");
    for (std::size_t i = f.size() - 5; i < f.size(); ++i) {
        std::printf("%-12s %10.2f %10.2f %10.2f\n", formatTimestamp(f.ds[i]).c_str(),
                    (*f.column("yhat"))[i], (*f.column("yhat_lower"))[i],
                    (*f.column("yhat_upper"))[i]);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    QString dumpCase;
    QString dumpPath;
    QStringList cases;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--dump") && i + 2 < args.size()) {
            dumpCase = args[++i];
            dumpPath = args[++i];
        } else if (!args[i].startsWith(QLatin1String("--")))
            cases << args[i];
    }
    if (args.contains(QLatin1String("--summary")) || sharedDir().isEmpty()) {
        if (sharedDir().isEmpty())
            std::printf("No reference cases here (../shared is absent): timing a generated "
                        "series instead.\n");
        const int status = summaryOfGeneratedSeries(runs);
        if (sharedDir().isEmpty() || status != 0)
            return status;
    }
    if (cases.isEmpty())
        cases = ReferenceCase::names();

    std::printf("%-32s %6s %9s %9s %9s %12s %8s %6s %6s\n", "case", "rows", "fit_ms", "pred_ms",
                "total_ms", "lp", "algo", "iters", "evals");
    for (const QString &name : cases) {
        const ReferenceCase c = ReferenceCase::load(name);
        std::vector<double> fitTimes;
        std::vector<double> predictTimes;
        FitResult fit;
        PredictResult predicted;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            fit = Prophet::fit(c.config, c.history);
            fitTimes.push_back(timer.nsecsElapsed() / 1e6);
            if (!fit.ok()) {
                std::printf("%-32s fit failed: %s\n", qPrintable(name), fit.message.c_str());
                break;
            }
            timer.restart();
            predicted = Prophet::predict(*fit.model, c.future);
            predictTimes.push_back(timer.nsecsElapsed() / 1e6);
        }
        if (!fit.ok())
            continue;
        std::printf("%-32s %6zu %9.2f %9.2f %9.2f %12.4f %8s %6d %6d\n", qPrintable(name),
                    c.future.size(), median(fitTimes), median(predictTimes),
                    median(fitTimes) + median(predictTimes), fit.model->logPosterior,
                    fit.model->algorithmUsed.c_str(), fit.model->iterations,
                    fit.model->evaluations);
        if (name == dumpCase)
            dump(predicted.forecast, dumpPath);
    }
    return 0;
}
