"""The Bedrock model catalog (placeholder; the catalog engineer replaces this file).

Intended public API, which other modules code against:

    class RecordFormat(StrEnum): PROMPT_COMPLETION = "prompt-completion",
        CLAUDE_CHAT = "claude-chat", CONVERSE = "bedrock-conversation-2024", CPT_INPUT = "cpt-input"
    class Lifecycle(StrEnum): ACTIVE, LEGACY, RETIRED
    class Hyperparameter(BaseModel): name, kind ("int" | "float"), min, max, default, description
    class TaskSpec(BaseModel): task (core.recipe.Task), customization_type, record_format,
        available, max_tokens_per_record, max_input_tokens, max_output_tokens,
        min_records, max_records, max_train_records, validation_supported,
        max_validation_records, min_records_per_file, hyperparameters
    class ModelInfo(BaseModel): id, name, provider, regions, lifecycle, lifecycle_note,
        tasks (list[TaskSpec]), reserved_strings, text_only, notes;
        .task(task) -> TaskSpec (raises CatalogError when unsupported)
    class Catalog(BaseModel): models; .get(model_id) -> ModelInfo (raises CatalogError
        naming close matches)
    load_catalog() -> Catalog (cached)
"""
