using System.Collections.Concurrent;

namespace Regiemonitor.Calculation.Api;

/// <summary>
/// Computed dashboards keyed by their question (gebied, peildatum, realisatieTot) and the data
/// versions they were computed on, so a new import can never be answered from the cache.
/// </summary>
public sealed class Uitkomsten : ConcurrentDictionary<(string, DateOnly, DateOnly, string, string, string), Contracts.Calculation.V1.Dashboard>;
