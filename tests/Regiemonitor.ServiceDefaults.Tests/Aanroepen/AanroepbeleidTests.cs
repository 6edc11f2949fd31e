using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Time.Testing;
using Regiemonitor.ServiceDefaults.Aanroepen;

namespace Regiemonitor.ServiceDefaults.Tests.Aanroepen;

/// <summary>
/// The call policy over a scripted service: each attempt takes the next answer from a list, and
/// the clock is a <see cref="FakeTimeProvider"/>, so waits and the breaker's pause are exact.
/// </summary>
public sealed class AanroepbeleidTests
{
    private static readonly Method<string, string> Lezing = Methode("GetDashboard");
    private static readonly Method<string, string> Wijziging = Methode("ImportOpgaven");

    private readonly FakeTimeProvider _tijd = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly AanroepOptions _options = new()
    {
        Timeout = TimeSpan.FromSeconds(7), Pogingen = 3, Wachttijd = TimeSpan.Zero,
        Onderbrekingsdrempel = 3, Onderbrekingsduur = TimeSpan.FromSeconds(5),
    };
    private readonly List<ClientInterceptorContext<string, string>> _pogingen = [];
    private readonly Queue<Func<Task<string>>> _antwoorden = new();

    [Fact]
    public async Task Lezing_TweeKeerUnavailable_DerdePogingGeeftAntwoord()
    {
        Script(Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Goed("dashboard"));

        Assert.Equal("dashboard", await Roep(Lezing));
        Assert.Equal(3, _pogingen.Count);
    }

    [Fact]
    public async Task Lezing_SteedsUnavailable_NaPogingenUnavailable()
    {
        _options.Onderbrekingsdrempel = 10;
        Script(Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Goed("te laat"));

        var fout = await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));
        Assert.Equal(StatusCode.Unavailable, fout.StatusCode);
        Assert.Equal(3, _pogingen.Count);
    }

    [Fact]
    public async Task Lezing_TerwijlEenAndereDienstWacht_EenPogingZodatAlleenDeRandHerhaalt()
    {
        _binnenDienstaanroep = true;
        Script(Fout(StatusCode.Unavailable), Goed("pas bij de rand"));

        var fout = await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));
        Assert.Equal(StatusCode.Unavailable, fout.StatusCode);
        Assert.Single(_pogingen);
    }

    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void GrpcVerzoek_AlleenBijEenGrpcAanroep(string? contentType, bool verwacht)
    {
        var verzoek = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        verzoek.Request.ContentType = contentType;
        Assert.Equal(verwacht, AanroepExtensions.IsGrpcVerzoek(verzoek));
        Assert.False(AanroepExtensions.IsGrpcVerzoek(null));
    }

    [Theory]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task Lezing_GeenTijdelijkeFout_NietOpnieuw(StatusCode status)
    {
        Script(Fout(status), Goed("niet gevraagd"));

        var fout = await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));
        Assert.Equal(status, fout.StatusCode);
        Assert.Single(_pogingen);
    }

    [Fact]
    public async Task Wijziging_Unavailable_NietOpnieuw()
    {
        Script(Fout(StatusCode.Unavailable), Goed("niet gevraagd"));

        await Assert.ThrowsAsync<RpcException>(() => Roep(Wijziging));
        Assert.Single(_pogingen);
    }

    [Fact]
    public async Task Lezing_Wachttijd_TweedePogingPasNaDieTijd()
    {
        _options.Wachttijd = TimeSpan.FromMilliseconds(200);
        Script(Fout(StatusCode.Unavailable), Goed("dashboard"));

        var aanroep = Roep(Lezing);
        Assert.Single(_pogingen);
        _tijd.Advance(TimeSpan.FromMilliseconds(199));
        Assert.Single(_pogingen);
        _tijd.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("dashboard", await aanroep);
        Assert.Equal(2, _pogingen.Count);
    }

    [Fact]
    public async Task Deadline_ZonderEigen_IsNuPlusTimeoutVoorAllePogingen()
    {
        Script(Fout(StatusCode.Unavailable), Goed("dashboard"));

        await Roep(Lezing);
        Assert.All(_pogingen, p => Assert.Equal(_tijd.GetUtcNow().UtcDateTime.AddSeconds(7), p.Options.Deadline));
    }

    [Fact]
    public async Task Deadline_VanAanroeper_BlijftStaan()
    {
        var eigen = _tijd.GetUtcNow().UtcDateTime.AddSeconds(60);
        Script(Goed("dashboard"));

        await Roep(Lezing, new CallOptions(deadline: eigen));
        Assert.Equal(eigen, Assert.Single(_pogingen).Options.Deadline);
    }

    [Fact]
    public async Task Koppen_PerPogingEenEigenKopie()
    {
        Script(Fout(StatusCode.Unavailable), Goed("dashboard"));

        await Roep(Lezing, new CallOptions(headers: new Metadata { { "x-vraag", "1" } }), voegToe: true);
        // Each attempt got the caller's header plus the one an inner interceptor added, once.
        Assert.All(_pogingen, p => Assert.Equal(["x-vraag", "x-binnen"], p.Options.Headers!.Select(h => h.Key)));
    }

    [Fact]
    public async Task Onderbreker_NaDrempel_OpenZonderAanroep()
    {
        _options.Pogingen = 1;
        Script(Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Goed("niet gevraagd"));
        for (var i = 0; i < 3; i++) await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));

        var fout = await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));
        Assert.Equal(StatusCode.Unavailable, fout.StatusCode);
        Assert.Equal(3, _pogingen.Count);
    }

    [Fact]
    public async Task Onderbreker_RetriesTellenMee_OpenNaDrempelZonderVerderePogingen()
    {
        Script(Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable));

        await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));
        await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));
        Assert.Equal(3, _pogingen.Count);
    }

    [Fact]
    public async Task Onderbreker_NaPauze_EenProefaanroepDieSluit()
    {
        var onderbreker = OpenOnderbreker();
        var proefAntwoord = new TaskCompletionSource<string>();
        Script(() => proefAntwoord.Task, Goed("daarna"));

        _tijd.Advance(TimeSpan.FromSeconds(4));
        await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing, onderbreker: onderbreker));
        Assert.Empty(_pogingen);

        _tijd.Advance(TimeSpan.FromSeconds(1));
        var proef = Roep(Lezing, onderbreker: onderbreker);
        Assert.Single(_pogingen);
        // While the trial is under way every other call is still refused at once.
        var tijdensProef = await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing, onderbreker: onderbreker));
        Assert.Equal(StatusCode.Unavailable, tijdensProef.StatusCode);
        Assert.Single(_pogingen);

        proefAntwoord.SetResult("proef");
        Assert.Equal("proef", await proef);
        Assert.False(onderbreker.IsOpen);
        Assert.Equal("daarna", await Roep(Lezing, onderbreker: onderbreker));
    }

    [Fact]
    public async Task Onderbreker_ProefMislukt_WeerOpenVoorEenPauze()
    {
        var onderbreker = OpenOnderbreker();
        Script(Fout(StatusCode.Unavailable), Goed("weer terug"));

        _tijd.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing, onderbreker: onderbreker));
        Assert.Single(_pogingen);
        Assert.True(onderbreker.IsOpen);

        _tijd.Advance(TimeSpan.FromSeconds(4.9));
        await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing, onderbreker: onderbreker));
        Assert.Single(_pogingen);

        _tijd.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("weer terug", await Roep(Lezing, onderbreker: onderbreker));
        Assert.False(onderbreker.IsOpen);
    }

    [Fact]
    public async Task Onderbreker_AndereFoutTussendoor_TeltOpnieuw()
    {
        _options.Pogingen = 1;
        Script(Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Fout(StatusCode.NotFound),
            Fout(StatusCode.Unavailable), Fout(StatusCode.Unavailable), Goed("bereikt"));
        for (var i = 0; i < 5; i++) await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing));

        Assert.Equal("bereikt", await Roep(Lezing));
    }

    [Fact]
    public async Task Onderbreker_ProefZonderOordeel_VolgendeProefMagMeteen()
    {
        var onderbreker = OpenOnderbreker();
        Script(Fout(StatusCode.DeadlineExceeded), Goed("tweede proef"));

        _tijd.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<RpcException>(() => Roep(Lezing, onderbreker: onderbreker));

        Assert.Equal("tweede proef", await Roep(Lezing, onderbreker: onderbreker));
        Assert.False(onderbreker.IsOpen);
    }

    private Stroomonderbreker OpenOnderbreker()
    {
        var onderbreker = new Stroomonderbreker("Calculation", _options, _tijd);
        for (var i = 0; i < _options.Onderbrekingsdrempel; i++) onderbreker.Onbereikbaar(proef: false);
        Assert.True(onderbreker.IsOpen);
        return onderbreker;
    }

    private Task<string> Roep(Method<string, string> methode, CallOptions opties = default, bool voegToe = false, Stroomonderbreker? onderbreker = null)
    {
        var beleid = new Aanroepbeleid(_options, onderbreker ?? Gedeeld, _tijd, () => _binnenDienstaanroep);
        var context = new ClientInterceptorContext<string, string>(methode, null, opties);
        return beleid.AsyncUnaryCall("vraag", context, (vraag, poging) =>
        {
            if (voegToe) poging.Options.Headers!.Add("x-binnen", "1");
            _pogingen.Add(poging);
            var antwoord = _antwoorden.Dequeue()();
            return new AsyncUnaryCall<string>(antwoord, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }).ResponseAsync;
    }

    private bool _binnenDienstaanroep;
    private Stroomonderbreker? _gedeeld;
    private Stroomonderbreker Gedeeld => _gedeeld ??= new Stroomonderbreker("Calculation", _options, _tijd);

    private void Script(params Func<Task<string>>[] antwoorden)
    {
        foreach (var a in antwoorden) _antwoorden.Enqueue(a);
    }

    private static Func<Task<string>> Fout(StatusCode status) => () => Task.FromException<string>(new RpcException(new Status(status, "test")));

    private static Func<Task<string>> Goed(string waarde) => () => Task.FromResult(waarde);

    private static Method<string, string> Methode(string naam) =>
        new(MethodType.Unary, "regiemonitor.test.v1.TestService", naam, Marshallers.StringMarshaller, Marshallers.StringMarshaller);
}
