from usageaccountant.accumulator import UsageAccumulator, UsageUnit


