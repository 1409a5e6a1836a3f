// Builds and runs with nothing but the engine library: proof that core/engine needs no Qt.
// Fits a small generated series and exits 0 when the forecast is sound.
#include "engine/prophet.h"

#include <cmath>
#include <cstdio>

int main()
{
    using namespace prognos;
    TimeSeries history;
    for (int i = 0; i < 200; ++i) {
        history.ds.push_back(CivilTime::daysFromCivil(2024, 1, 1) * kMsPerDay + i * kMsPerDay);
        history.y.push_back(10.0 + 0.1 * i + 2.0 * std::sin(2.0 * M_PI * i / 7.0));
    }
    const FitResult fit = Prophet::fit(ProphetConfig{}, history);
    if (!fit.ok()) {
        std::printf("fit failed: %s\n", fit.message.c_str());
        return 1;
    }
    const PredictResult predicted =
        Prophet::predict(*fit.model, Prophet::makeFutureFrame(*fit.model, 7, Frequency{}));
    if (!predicted.ok() || predicted.forecast.size() != 207)
        return 1;
    const double last = predicted.forecast.column("yhat")->back();
    // The series continues its +0.1/day trend: day 206 is near 10 + 20.6 plus the weekly wave.
    std::printf("yhat on day 206: %.3f\n", last);
    return std::abs(last - (30.6 + 2.0 * std::sin(2.0 * M_PI * 206 / 7.0))) < 0.5 ? 0 : 1;
}
