"""AWS access for Tuning Data Studio: upload to S3, service role, customization jobs, metrics.

Modules:
    session: `Connection` (profile, region, endpoint URL) and the caller's identity.
    errors: the one place botocore exceptions become `core.errors.AwsError`.
    s3uri: S3 URIs and object keys in the form Bedrock accepts.
    upload: resumable, verified multipart upload of a build's files.
    iam: the service role Bedrock assumes, with its policy documents.
    jobs: build, check, create, list, watch and stop customization jobs.
    metrics: loss curves from the job's CSV files, their reading and plot.

Nothing here imports Qt; the window calls these functions on a worker thread.
"""
