# Times R Prophet's cross_validation + performance_metrics on peyton_cv (initial 730 days,
# period 180 days, horizon 365 days, rolling window 0.1), the counterpart of bench_cv, so that
# both can be run one after the other on the same machine. The model is fitted once, outside
# the timing, as bench_cv's figure excludes its full fit too. Needs r-cran-prophet
# (../shared/tools/reference-timing.sh installs it).
#
#   Rscript tests/benchmarks/reference_cv_timing.R [SHARED_DIR]
suppressMessages(library(prophet))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) > 0) args[1] else "../shared"
data <- read.csv(file.path(shared, "reference/data/example_wp_log_peyton_manning.csv"))
data$ds <- as.Date(data$ds)
model <- suppressMessages(prophet(data))
seconds <- numeric(0)
for (run in 1:3) {
  started <- Sys.time()
  folds <- suppressMessages(cross_validation(model, initial = 730, period = 180,
                                             horizon = 365, units = "days"))
  metrics <- performance_metrics(folds, rolling_window = 0.1)
  seconds <- c(seconds, as.numeric(difftime(Sys.time(), started, units = "secs")))
}
cat(sprintf("R cross_validation + performance_metrics: %d cutoffs; runs %s s; median %.2f s\n",
            length(unique(folds$cutoff)), paste(sprintf("%.2f", seconds), collapse = ", "),
            median(seconds)))
