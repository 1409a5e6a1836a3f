// Import throughput: generates a 50 MB CSV in memory (a date and three numeric columns),
// then times parsing plus type detection and reports the peak memory. Not a test.
//
//   bench_import [--megabytes N] [--runs N]
//
// On a machine shared with other work, compare the processor time per megabyte; run it as
// `chrt -f 10 bench_import` to see the wall clock with the machine's cores given to it.
#include "data/dataimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace prognos;

namespace {

QByteArray generatedCsv(qint64 targetBytes)
{
    QByteArray csv("ds,sales,visits,price\n");
    csv.reserve(targetBytes + 128);
    const std::int64_t first = CivilTime::daysFromCivil(1900, 1, 1);
    char line[128];
    for (std::int64_t i = 0; csv.size() < targetBytes; ++i) {
        const CivilTime c =
            CivilTime::fromTimestamp((first + i / 24) * kMsPerDay + (i % 24) * kMsPerHour);
        const int n = std::snprintf(line, sizeof line, "%04d-%02d-%02d %02d:00:00,%.2f,%lld,%.3f\n",
                                    c.year, c.month, c.day, c.hour, 1000.0 + (i % 977) * 1.25,
                                    static_cast<long long>(200 + i % 311), 9.5 + (i % 13) * 0.125);
        csv.append(line, n);
    }
    return csv;
}

/// CPU seconds used by the whole process so far (all threads), which load inflates less than
/// the wall clock.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int mbIndex = static_cast<int>(args.indexOf(QStringLiteral("--megabytes")));
    const int runsIndex = static_cast<int>(args.indexOf(QStringLiteral("--runs")));
    const qint64 megabytes = mbIndex > 0 ? args.value(mbIndex + 1).toLongLong() : 50;
    const int runs = runsIndex > 0 ? args.value(runsIndex + 1).toInt() : 3;

    const QByteArray csv = generatedCsv(megabytes * 1000 * 1000);
    const long baseline = peakKilobytes();
    std::vector<double> seconds;
    std::vector<double> cpu;
    qint64 rows = 0;
    for (int run = 0; run < runs; ++run) {
        ImportSettings settings;
        settings.csv.maxBytes = csv.size() + 1;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSeconds();
        const ImportResult result = DataImporter::import(csv, settings);
        seconds.push_back(timer.nsecsElapsed() / 1e9);
        cpu.push_back(cpuSeconds() - cpuStart);
        rows = static_cast<qint64>(result.series.size());
        if (!result.ok()) {
            std::printf("import failed: %s\n", qPrintable(result.error));
            return 1;
        }
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu.begin(), cpu.end());
    const double median = seconds[seconds.size() / 2];
    const double medianCpu = cpu[cpu.size() / 2];
    const double mb = double(csv.size()) / 1e6;
    std::printf("Imported %.1f MB (%lld rows, date + 3 numeric columns): %.3f s median of %d, "
                "%.0f MB/s\n",
                mb, static_cast<long long>(rows), median, runs, mb / median);
    std::printf("CPU time (all threads): %.3f s median, %.0f MB per CPU second\n", medianCpu,
                mb / medianCpu);
    std::printf("Peak memory: %.0f MB in all, %.0f MB above the generated file (%.2f x its "
                "size)\n",
                peakKilobytes() / 1024.0, (peakKilobytes() - baseline) / 1024.0,
                (peakKilobytes() - baseline) / 1024.0 / mb);
    return 0;
}
