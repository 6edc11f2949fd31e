using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Regiemonitor.FunctionalTests.DaprZijspan;

/// <summary>
/// The part of the Dapr runtime API (service <c>dapr.proto.runtime.v1.Dapr</c>) the services use:
/// PublishEvent, GetSecret and GetBulkSecret. The messages are the real ones, generated from
/// dapr/proto/runtime/v1/dapr.proto into the Dapr.Protos package that Dapr.Client depends on; that
/// package holds only the client stub, so this is the server base class protoc would generate,
/// written out for these three methods with the service and method names the client calls.
/// </summary>
[BindServiceMethod(typeof(DaprBasis), nameof(BindService))]
public abstract class DaprBasis
{
    private const string Dienst = "dapr.proto.runtime.v1.Dapr";

    private static readonly Method<PublishEventRequest, Empty> PublishEventMethode = Unair("PublishEvent", PublishEventRequest.Parser, Empty.Parser);
    private static readonly Method<GetSecretRequest, GetSecretResponse> GetSecretMethode = Unair("GetSecret", GetSecretRequest.Parser, GetSecretResponse.Parser);
    private static readonly Method<GetBulkSecretRequest, GetBulkSecretResponse> GetBulkSecretMethode = Unair("GetBulkSecret", GetBulkSecretRequest.Parser, GetBulkSecretResponse.Parser);

    /// <summary>Called by Grpc.AspNetCore, which then binds each method to its override by name.</summary>
    public static void BindService(ServiceBinderBase binder, DaprBasis? api)
    {
        binder.AddMethod(PublishEventMethode, api is null ? null : api.PublishEvent);
        binder.AddMethod(GetSecretMethode, api is null ? null : api.GetSecret);
        binder.AddMethod(GetBulkSecretMethode, api is null ? null : api.GetBulkSecret);
    }

    public virtual Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context) => throw Niet();
    public virtual Task<GetSecretResponse> GetSecret(GetSecretRequest request, ServerCallContext context) => throw Niet();
    public virtual Task<GetBulkSecretResponse> GetBulkSecret(GetBulkSecretRequest request, ServerCallContext context) => throw Niet();

    private static RpcException Niet() => new(new Status(StatusCode.Unimplemented, ""));

    private static Method<TVraag, TAntwoord> Unair<TVraag, TAntwoord>(string naam, MessageParser<TVraag> vraag, MessageParser<TAntwoord> antwoord)
        where TVraag : class, IMessage<TVraag> where TAntwoord : class, IMessage<TAntwoord> =>
        new(MethodType.Unary, Dienst, naam,
            Marshallers.Create(m => m.ToByteArray(), vraag.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), antwoord.ParseFrom));
}

/// <summary>The sidecar's answers: events and secret reads are recorded by <see cref="DaprDubbel"/>, secrets come from its store.</summary>
public sealed class DaprApi(DaprDubbel dubbel) : DaprBasis
{
    public override Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        dubbel.Ontvang(new GepubliceerdEvent(request.PubsubName, request.Topic, request.Data.ToStringUtf8(), request.DataContentType,
            new Dictionary<string, string>(request.Metadata)));
        return Task.FromResult(new Empty());
    }

    public override Task<GetSecretResponse> GetSecret(GetSecretRequest request, ServerCallContext context)
    {
        var geheim = dubbel.LeesGeheim(request.StoreName, request.Key)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"secret {request.Key} not found in store {request.StoreName}"));
        var antwoord = new GetSecretResponse();
        antwoord.Data.Add(geheim);
        return Task.FromResult(antwoord);
    }

    public override Task<GetBulkSecretResponse> GetBulkSecret(GetBulkSecretRequest request, ServerCallContext context)
    {
        var antwoord = new GetBulkSecretResponse();
        foreach (var naam in dubbel.GeheimNamen(request.StoreName))
        {
            var geheim = new SecretResponse();
            geheim.Secrets.Add(dubbel.LeesGeheim(request.StoreName, naam)!);
            antwoord.Data.Add(naam, geheim);
        }
        return Task.FromResult(antwoord);
    }
}
