//! A tour of every operation: starts the project's sandbox API on loopback,
//! then drives it through the blocking client and prints what came back.
//!
//! ```text
//! cargo run --example tour
//! ```
//!
//! Point it at the real API instead with `FASTLY_API_TOKEN` (and optionally
//! `FASTLY_API_ENDPOINT`) and `--live` — it then only reads, never writes.

use fastly_account::blocking::Client;
use fastly_account::{
    ClientBuilder, CreateTokenOptions, CreateUserOptions, Error, EventListOptions,
    InvitationOptions, ListOptions, ServiceGroupOptions, UpdateCustomerOptions, UpdateUserOptions,
    UserGroupOptions, UserRole,
};
use fastly_sandbox::{Sandbox, SandboxConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::args().any(|a| a == "--live") {
        let client = ClientBuilder::from_env().build_blocking()?;
        return Ok(read_only(&client)?);
    }
    let sandbox = Sandbox::start(SandboxConfig {
        roles: 40,
        ..SandboxConfig::default()
    })?;
    println!("sandbox API listening on {}\n", sandbox.url());
    let client = log_in(&sandbox)?;
    read_only(&client)?;
    write(&client)?;
    audit_log(&client)?;
    handled_error(&client);
    Ok(())
}

/// Logging in: a new API token from the owner's login and password (the
/// sandbox's), then a client with its secret. The secret never prints.
fn log_in(sandbox: &Sandbox) -> Result<Client, Error> {
    let token = fastly_account::blocking::create_token(
        fastly_sandbox::OWNER_LOGIN,
        fastly_sandbox::OWNER_PASSWORD,
        &CreateTokenOptions::new()
            .name("tour")
            .scope("global")
            .endpoint(sandbox.url()),
    )?;
    let Some(secret) = token.secret.as_ref() else {
        return Err(Error::Decode {
            status: None,
            message: "the API sent no secret".into(),
        });
    };
    println!(
        "createToken          logged in as {}: token {} ({}), secret {secret}",
        fastly_sandbox::OWNER_LOGIN,
        show(&token.id),
        show(&token.scope)
    );
    ClientBuilder::new(secret.expose())
        .endpoint(sandbox.url())
        .build_blocking()
}

/// One audit-log query: what this tour's token did, newest first.
fn audit_log(client: &Client) -> Result<(), Error> {
    let token_id = client.get_current_token()?.id.unwrap_or_default();
    let events = client.list_events(
        &EventListOptions::new()
            .token_id(token_id)
            .sort("-created_at")
            .per_page(5),
    )?;
    println!(
        "listEvents           the tour's token made {} change(s); the latest {}:",
        events.total.unwrap_or(events.data.len() as i64),
        events.data.len()
    );
    for event in &events.data {
        println!(
            "                       {} {}",
            show(&event.event_type),
            show(&event.description)
        );
    }
    Ok(())
}

/// The read operations.
fn read_only(client: &Client) -> Result<(), Error> {
    let customer = client.get_current_customer()?;
    let customer_id = customer.id.clone().unwrap_or_default();
    println!(
        "getCurrentCustomer   {} ({}), plan {}",
        show(&customer.name),
        customer_id,
        show(&customer.pricing_plan)
    );
    let again = client.get_customer(&customer_id)?;
    println!(
        "getCustomer          created {}",
        again
            .created_at
            .map(|t| t.to_rfc3339())
            .unwrap_or("-".into())
    );

    let me = client.get_current_user()?;
    println!(
        "getCurrentUser       {} <{}>, role {}",
        show(&me.name),
        show(&me.login),
        me.role.as_ref().map(UserRole::as_str).unwrap_or("-")
    );
    let user = client.get_user(me.id.as_deref().unwrap_or_default())?;
    println!(
        "getUser              {} two-factor: {:?}",
        show(&user.login),
        user.two_factor_auth_enabled
    );

    let users = client.list_customer_users(&customer_id)?;
    let mut roles: Vec<&str> = users
        .iter()
        .filter_map(|u| u.role.as_ref())
        .map(UserRole::as_str)
        .collect();
    roles.sort_unstable();
    roles.dedup();
    println!(
        "listCustomerUsers    {} users, roles: {}",
        users.len(),
        roles.join(", ")
    );

    let page = client.list_roles(&ListOptions::new().per_page(5))?;
    println!(
        "listRoles            first page {} of {:?} total, next cursor {:?}",
        page.data.len(),
        page.total,
        page.next_cursor
    );
    if let Some(first) = page.data.first() {
        let role = client.get_role(first.id.as_deref().unwrap_or_default())?;
        println!(
            "getRole              {} ({} permissions)",
            show(&role.name),
            role.permissions_count.unwrap_or(0)
        );
    }
    let mut count = 0;
    for role in client.iter_roles(Some(10)) {
        role?;
        count += 1;
    }
    println!("iter_roles           walked {count} roles, 10 per page, fetched lazily");

    let groups = client.list_service_groups(&ListOptions::default())?;
    println!(
        "listServiceGroups    {} groups: {}",
        groups.data.len(),
        names(groups.data.iter().map(|g| &g.name))
    );
    let teams = client.list_user_groups(&ListOptions::default())?;
    println!(
        "listUserGroups       {} groups: {}",
        teams.data.len(),
        names(teams.data.iter().map(|g| &g.name))
    );

    let mut pending = 0;
    for invitation in client.iter_invitations(Some(3)) {
        invitation?;
        pending += 1;
    }
    println!("iter_invitations     walked {pending} invitations, 3 per page");
    let tokens = client.list_customer_tokens(&customer_id)?;
    let current = client.get_current_token()?;
    println!(
        "listCustomerTokens   {} tokens; this one is {} (scope {})",
        tokens.len(),
        show(&current.name),
        show(&current.scope)
    );
    Ok(())
}

/// The write operations (sandbox only).
fn write(client: &Client) -> Result<(), Error> {
    let customer_id = client.get_current_customer()?.id.unwrap_or_default();
    let renamed = client.update_customer(
        &customer_id,
        &UpdateCustomerOptions::new().name("Example Corp (renamed)"),
    )?;
    println!("updateCustomer       now {}", show(&renamed.name));

    let created = client.create_user(
        "new.admin@example.com",
        "New Admin",
        &CreateUserOptions::new().role(UserRole::TlsAdmin),
    )?;
    println!(
        "createUser           {} as {}",
        show(&created.login),
        created.role.as_ref().map_or("-", UserRole::as_str)
    );
    client.request_password_reset("new.admin@example.com")?;
    println!("requestPasswordReset sent to new.admin@example.com");

    let invitation = client.create_invitation(
        "new.engineer@example.com",
        &UserRole::TlsAdmin,
        &InvitationOptions::new().limit_services(true),
    )?;
    println!(
        "createInvitation     {} as {} (status code {})",
        show(&invitation.email),
        invitation.role.as_ref().map_or("-", UserRole::as_str),
        invitation
            .status_code
            .map_or("-".to_owned(), |code| code.to_string())
    );

    let users = client.list_customer_users(&customer_id)?;
    let target = users
        .iter()
        .find(|u| u.role == Some(UserRole::User))
        .and_then(|u| u.id.clone())
        .unwrap_or_default();
    let promoted = client.update_user(
        &target,
        &UpdateUserOptions::new()
            .name("Grace Hopper")
            .role(UserRole::Engineer),
    )?;
    println!(
        "updateUser           {} is now {}",
        show(&promoted.name),
        promoted.role.as_ref().map(UserRole::as_str).unwrap_or("-")
    );
    client.delete_user(&target)?;
    println!("deleteUser           removed {target}");

    let group = client.create_service_group(
        "edge",
        &ServiceGroupOptions::new()
            .description("edge services")
            .services(vec!["svc-1".into(), "svc-2".into()]),
    )?;
    println!(
        "createServiceGroup   {} with {} services",
        show(&group.name),
        group.services_count.unwrap_or(0)
    );
    let team = client.create_user_group(
        "on-call",
        &UserGroupOptions::new().description("paged at night"),
    )?;
    println!(
        "createUserGroup      {} ({})",
        show(&team.name),
        show(&team.description)
    );

    // IAM beyond the seed: give the new group a member, a role and a service group.
    let team_id = team.id.clone().unwrap_or_default();
    let member = created.id.clone().unwrap_or_default();
    client.add_user_group_members(&team_id, &[member], &[])?;
    client.add_user_group_roles(&team_id, &["role-engineer".to_owned()])?;
    let groups = client.list_service_groups(&ListOptions::default())?;
    let reach: Vec<String> = groups
        .data
        .iter()
        .filter_map(|g| g.id.clone())
        .take(1)
        .collect();
    client.add_user_group_service_groups(&team_id, &reach)?;
    let team = client.get_user_group(&team_id)?;
    println!(
        "addUserGroup*        {} now has {} member(s), {} role(s), {} service group(s)",
        show(&team.name),
        team.users_count.unwrap_or(0),
        team.roles_count.unwrap_or(0),
        team.service_groups_count.unwrap_or(0)
    );
    let members: Vec<String> = client
        .iter_user_group_members(&team_id, Some(10))
        .map(|m| m.map(|m| m.login.or(m.email).unwrap_or_default()))
        .collect::<Result<_, _>>()?;
    println!("iter_user_group_members {}", members.join(", "));
    let engineer = client.get_iam_role("role-engineer", true)?;
    println!(
        "getIamRole           {} grants {} permissions; listPermissions knows {}",
        show(&engineer.display_name),
        engineer.permissions.map_or(0, |p| p.len()),
        client.list_permissions()?.len()
    );
    Ok(())
}

/// One failure, handled the way a caller would.
fn handled_error(client: &Client) {
    match client.get_user("no-such-user") {
        Err(error @ Error::NotFound { .. }) => println!("\nhandled error        {error}"),
        other => println!("\nunexpected           {other:?}"),
    }
}

fn show(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("-")
}

fn names<'a>(names: impl Iterator<Item = &'a Option<String>>) -> String {
    names
        .map(|n| n.as_deref().unwrap_or("-"))
        .collect::<Vec<_>>()
        .join(", ")
}
