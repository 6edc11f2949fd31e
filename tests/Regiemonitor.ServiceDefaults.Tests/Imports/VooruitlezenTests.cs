using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.ServiceDefaults.Tests.Imports;

/// <summary>The read-ahead of the import readers: same items, same order, same errors, and no reading after the consumer stops.</summary>
public sealed class VooruitlezenTests
{
    [Fact]
    public void Van_ManyBlocks_EveryItemInOrder() =>
        Assert.Equal(Enumerable.Range(0, 100_003), Vooruitlezen.Van(Enumerable.Range(0, 100_003)));

    [Fact]
    public void Van_Empty_Nothing() => Assert.Empty(Vooruitlezen.Van(Enumerable.Empty<string>()));

    [Fact]
    public void Van_ReaderFails_ItemsBeforeThenTheSameException()
    {
        static IEnumerable<int> Bron()
        {
            for (var i = 0; i < 2500; i++) yield return i;
            throw new InvalidDataException("regel 2501 is stuk");
        }
        var gezien = new List<int>();

        var fout = Assert.Throws<InvalidDataException>(() => { foreach (var i in Vooruitlezen.Van(Bron())) gezien.Add(i); });

        Assert.Equal("regel 2501 is stuk", fout.Message);
        Assert.Equal(Enumerable.Range(0, 2500), gezien);
    }

    [Fact]
    public void Van_ConsumerStopsEarly_ReaderStoppedAndDisposedBeforeItReturns()
    {
        var bron = new Eindeloos();

        Assert.Equal([0, 1, 2, 3, 4], Vooruitlezen.Van(bron.Getallen()).Take(5));
        Assert.True(bron.Gestopt);
    }

    [Fact]
    public void Van_ConsumerFails_ReaderStoppedAndTheConsumersException()
    {
        var bron = new Eindeloos();

        Assert.Throws<FormatException>(() =>
        {
            foreach (var i in Vooruitlezen.Van(bron.Getallen()))
                if (i == 3000) throw new FormatException();
        });
        Assert.True(bron.Gestopt);
    }

    /// <summary>A source that never ends by itself and records when its enumeration is disposed.</summary>
    private sealed class Eindeloos
    {
        public bool Gestopt { get; private set; }

        public IEnumerable<int> Getallen()
        {
            try
            {
                for (var i = 0; ; i++) yield return i;
            }
            finally
            {
                Gestopt = true;
            }
        }
    }
}
