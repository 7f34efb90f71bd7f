using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>How far an export has come; when it is done, the zip. Only the person who started it sees it.</summary>
public sealed class ExportProgressModel(BatchExport batches) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid JobId { get; set; }

    public BatchJob Job { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (batches.Find(JobId, User) is not { } job || job.UnitId != Id)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }

    public IActionResult OnGetDownload()
    {
        if (batches.Find(JobId, User) is not { State: BatchState.Done, File: { } file } job || job.UnitId != Id || !System.IO.File.Exists(file))
        {
            return NotFound();
        }

        return PhysicalFile(file, "application/zip", job.FileName);
    }
}
