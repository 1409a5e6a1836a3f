// Times fit plus predict of every reference case (median of several runs) and prints the
// forecast summary of each. Not a test: it asserts nothing and is never run by CTest.
//
//   bench_engine [--runs N] [--dump CASE FILE] [CASE...]
#include "referencecase.h"

#include "engine/prophet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
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
    if (sharedDir().isEmpty()) {
        std::fprintf(stderr, "bench_engine: set PROGNOS_SHARED_DIR to the shared folder.\n");
        return 2;
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
