namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>Process-tree questions answered from /proc (Linux), to check that nothing is left running.</summary>
public static class Processen
{
    /// <summary>Runs a program to completion (pdftotext, pdfinfo, ...) and returns what it printed; a failure fails the test.</summary>
    public static async Task<string> Voer(string programma, params string[] argumenten)
    {
        using var proces = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(programma, argumenten) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var uit = await proces.StandardOutput.ReadToEndAsync();
        var fout = await proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        Assert.True(proces.ExitCode == 0, $"{programma} faalde: {fout}");
        return uit;
    }

    public static IReadOnlyList<int> Nakomelingen(int wortel)
    {
        var ouders = new Dictionary<int, int>();
        foreach (var map in Directory.GetDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(map), out var pid) && Ouder(pid) is { } ouder) ouders[pid] = ouder;
        var resultaat = new List<int>();
        var rij = new Queue<int>([wortel]);
        while (rij.Count > 0)
        {
            var p = rij.Dequeue();
            foreach (var kind in ouders.Where(o => o.Value == p).Select(o => o.Key)) { resultaat.Add(kind); rij.Enqueue(kind); }
        }
        return resultaat;
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool Leeft(int pid) => Stat(pid) is { } stat && Veld(stat, 0) != "Z";

    public static string Opdracht(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim(); }
        catch (IOException) { return $"({pid} beëindigd)"; }
    }

    private static int? Ouder(int pid) => Stat(pid) is { } stat && int.TryParse(Veld(stat, 1), out var ouder) ? ouder : null;

    private static string? Stat(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat"); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    // Fields after the command name, which is in parentheses and may itself contain spaces.
    private static string Veld(string stat, int index) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[index];
}
