using Regiemonitor.Calculation.Core;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>An opgave period as stored: with the batch that brought it and its line in that file.</summary>
public sealed record OpgaveRecord(string BatchId, int Regel, OpgavePeriode Periode);
