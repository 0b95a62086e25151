// Stand-ins for the SDK types the program uses (OpenAI, System.ClientModel, Azure.AI.OpenAI, Azure.Core), with the real
// packages' namespaces, names and parameters, so that the build needs nothing but KeyGov from the package feed.
namespace System.ClientModel
{
    public class ApiKeyCredential
    {
        public ApiKeyCredential(string key) { }
    }
}

namespace OpenAI
{
    public class OpenAIClient
    {
        protected OpenAIClient() { }
        public OpenAIClient(string apiKey) { }
        public virtual Chat.ChatClient GetChatClient(string model) => new Chat.ChatClient();
        public virtual Images.ImageClient GetImageClient(string model) => new Images.ImageClient();
    }
}

namespace OpenAI.Chat { public class ChatClient { } }

namespace OpenAI.Images { public class ImageClient { } }

namespace Azure.Core { public abstract class TokenCredential { } }

namespace Azure.AI.OpenAI
{
    public class AzureOpenAIClient : global::OpenAI.OpenAIClient
    {
        public AzureOpenAIClient(System.Uri endpoint, System.ClientModel.ApiKeyCredential credential) { }
        public AzureOpenAIClient(System.Uri endpoint, Azure.Core.TokenCredential credential) { }
    }
}
