using System.Resources;

// The neutral resources are Swedish: Verksam's users work in Swedish.
[assembly: NeutralResourcesLanguage("sv")]
