namespace Regiemonitor.ServiceDefaults.Geheimen;

/// <summary>
/// Section <c>Regiemonitor:Geheimen</c>: which secrets a process reads through the Dapr secret
/// store at start-up, and under which configuration key each lands. Without a
/// <see cref="Store"/> nothing is read through Dapr (one machine: secrets come from the environment).
/// </summary>
public sealed class GeheimenOptions
{
    public const string Sectie = "Regiemonitor:Geheimen";

    /// <summary>The Dapr secret store component, e.g. <c>secretstore</c> (k8s/base/dapr/secretstore.yaml).</summary>
    public string? Store { get; set; }

    /// <summary>Per secret: where it comes from and which configuration key it fills.</summary>
    public List<Geheimkoppeling> Koppelingen { get; set; } = [];

    /// <summary>How long start-up waits for the sidecar to answer (it may start after the app).</summary>
    public int WachtSeconden { get; set; } = 60;
}

/// <summary>
/// One secret value: key <see cref="Sleutel"/> of secret <see cref="Geheim"/> in the store becomes
/// configuration key <see cref="Configuratie"/> (e.g. <c>Regiemonitor:AdminKey</c>).
/// </summary>
public sealed class Geheimkoppeling
{
    public string Geheim { get; set; } = "";

    /// <summary>The key inside the secret (a Kubernetes Secret has several); absent means the secret's own name.</summary>
    public string? Sleutel { get; set; }

    public string Configuratie { get; set; } = "";

    /// <summary>A missing secret leaves the key unset instead of stopping the start (e.g. PostgreSQL, else SQLite).</summary>
    public bool Optioneel { get; set; }
}
